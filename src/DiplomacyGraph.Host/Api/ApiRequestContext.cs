using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.GraphQL.AspNetCore;
using DiplomacyGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// What the resolvers of one request see as its user context: the curator an authorized mutation runs as
/// (<see cref="ApiKeyAuthorizer"/>) and the operation's measured cost, which picks the read lane (<see cref="ReadLanes"/>).
/// </summary>
public sealed record ApiRequestContext(string? Curator, long? OperationCost) : IMeasuredRequest
{
    /// <summary>The endpoint's context factory (<see cref="GraphQLHttpOptions.ContextFactory"/>).</summary>
    public static object? For(HttpContext http, OperationType operation) => new ApiRequestContext(
        ApiKeyAuthorizer.CuratorOf(http, operation) as string,
        http.Features.Get<GraphQLOperationCost>()?.Cost);
}
