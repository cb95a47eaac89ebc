using System.Net;
using DiplomacyGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;
using static DiplomacyGraph.GraphQL.AspNetCore.Tests.HttpExchange;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>The host's hooks: an authorization decision per operation type and a per-request user context.</summary>
public sealed class AuthorizationAndContextTests
{
    private const string RenameMutation = """mutation { renameCountry(code: "EG", name: "Egypt") { name } }""";

    private static readonly GraphQLHttpOptions ApiKeyForMutations = new()
    {
        AuthorizeOperation = (http, operation) =>
            operation != OperationType.Mutation ? null
            : !http.Request.Headers.TryGetValue("X-Api-Key", out var key) ? new GraphQLRequestDenial(StatusCodes.Status401Unauthorized, "Mutations need an X-Api-Key header.", "API_KEY_MISSING")
            : key != "secret" ? new GraphQLRequestDenial(StatusCodes.Status403Forbidden, "The API key does not allow mutations.", "API_KEY_INVALID")
            : null,
    };

    [Fact]
    public async Task Refuses_a_mutation_the_hook_denies_with_its_status_and_code()
    {
        await using var server = await TestGraphQLServer.StartAsync(ApiKeyForMutations);

        var response = await PostJsonAsync(server.Client, new { query = RenameMutation });

        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("API_KEY_MISSING", response.FirstErrorCode);
        Assert.Equal("Mutations need an X-Api-Key header.", response.FirstErrorMessage);
        Assert.False(response.HasData);
    }

    [Fact]
    public async Task Refuses_a_mutation_with_a_wrong_key_with_403()
    {
        await using var server = await TestGraphQLServer.StartAsync(ApiKeyForMutations);
        using var request = Mutation("wrong");

        var response = await SendAsync(server.Client, request);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("API_KEY_INVALID", response.FirstErrorCode);
    }

    [Fact]
    public async Task Runs_a_mutation_the_hook_allows()
    {
        await using var server = await TestGraphQLServer.StartAsync(ApiKeyForMutations);
        using var request = Mutation("secret");

        var response = await SendAsync(server.Client, request);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Egypt", response.JsonBody.GetProperty("data").GetProperty("renameCountry").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Lets_queries_through_when_the_hook_only_guards_mutations()
    {
        await using var server = await TestGraphQLServer.StartAsync(ApiKeyForMutations);

        var response = await PostJsonAsync(server.Client, new { query = "{ hello }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Does_not_ask_the_hook_about_documents_that_fail_validation()
    {
        var asked = 0;
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions
        {
            AuthorizeOperation = (_, _) =>
            {
                Interlocked.Increment(ref asked);
                return null;
            },
        });

        await PostJsonAsync(server.Client, new { query = "mutation { unknownMutation }" });

        Assert.Equal(0, asked);
    }

    [Fact]
    public async Task Hands_resolvers_the_context_the_factory_made_and_disposes_it_afterwards()
    {
        var made = new List<RequestContext>();
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions
        {
            ContextFactory = (http, operation) =>
            {
                var context = new RequestContext($"{http.Request.Headers["X-Caller"]} ran a {operation}");
                lock (made)
                {
                    made.Add(context);
                }

                return context;
            },
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent("""{"query":"{ contextValue }"}""", System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Caller", "analyst");

        var response = await SendAsync(server.Client, request);

        Assert.Equal("analyst ran a Query", response.JsonBody.GetProperty("data").GetProperty("contextValue").GetString());
        var context = Assert.Single(made);
        Assert.True(context.Disposed);
    }

    private static HttpRequestMessage Mutation(string apiKey)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, string.Empty)
        {
            Content = new StringContent(System.Text.Json.JsonSerializer.Serialize(new { query = RenameMutation }), System.Text.Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Api-Key", apiKey);
        return request;
    }

    private sealed class RequestContext(string description) : IAsyncDisposable
    {
        public bool Disposed { get; private set; }

        public ValueTask DisposeAsync()
        {
            Disposed = true;
            return ValueTask.CompletedTask;
        }

        public override string ToString() => description;
    }
}
