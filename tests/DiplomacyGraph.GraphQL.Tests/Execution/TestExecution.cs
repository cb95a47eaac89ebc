using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>Runs a query text against a schema and gives the result as graphql-js-ordered JSON.</summary>
internal static class TestExecution
{
    public static async Task<string> RunAsync(
        GraphQLSchema schema,
        string query,
        IReadOnlyDictionary<string, object?>? variables = null,
        object? rootValue = null,
        string? operationName = null,
        FieldResolver? fieldResolver = null)
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = schema,
            Document = Parser.Parse(query),
            VariableValues = variables,
            RootValue = rootValue,
            OperationName = operationName,
            FieldResolver = fieldResolver,
        });
        return ResultJson.Write(result);
    }
}
