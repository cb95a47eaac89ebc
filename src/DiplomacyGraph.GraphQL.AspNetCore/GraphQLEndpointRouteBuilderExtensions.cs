using DiplomacyGraph.GraphQL.Types;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>Maps a GraphQL endpoint into an ASP.NET Core application.</summary>
public static class GraphQLEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Serves <paramref name="schema"/> at <paramref name="pattern"/> (e.g. <c>/graphql</c>): GraphQL
    /// over HTTP with GET and POST, the SDL at <c>GET {pattern}?sdl</c> and, when
    /// <see cref="GraphQLHttpOptions.IdeDirectory"/> is set, Banana Cake Pop for browsers at
    /// <c>GET {pattern}</c> with its files below <c>{pattern}/</c>.
    /// </summary>
    /// <exception cref="InvalidSchemaException">The schema is not valid.</exception>
    /// <returns>The group of the endpoint's routes, for conventions such as CORS or rate limits.</returns>
    public static RouteGroupBuilder MapGraphQL(
        this IEndpointRouteBuilder endpoints,
        string pattern,
        GraphQLSchema schema,
        GraphQLHttpOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentException.ThrowIfNullOrEmpty(pattern);
        ArgumentNullException.ThrowIfNull(schema);
        options ??= new GraphQLHttpOptions();

        // An invalid schema fails the host at start-up, not the first request.
        SchemaValidator.AssertValid(schema);

        var logger = endpoints.ServiceProvider.GetService<ILoggerFactory>()?.CreateLogger("DiplomacyGraph.GraphQL.AspNetCore")
            ?? NullLogger.Instance;
        var handler = new GraphQLHttpHandler(schema, options, new PathString(pattern.TrimEnd('/')), logger);

        var group = endpoints.MapGroup(pattern);
        group.Map(string.Empty, handler.HandleAsync);
        group.MapGet("{**file}", (HttpContext http, string? file) => handler.HandleFileAsync(http, file ?? string.Empty));
        return group;
    }
}
