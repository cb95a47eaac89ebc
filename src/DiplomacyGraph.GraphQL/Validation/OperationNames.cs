using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>An operation type as GraphQL writes it: <c>query</c>, <c>mutation</c>, <c>subscription</c>.</summary>
internal static class OperationNames
{
    public static string Of(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
