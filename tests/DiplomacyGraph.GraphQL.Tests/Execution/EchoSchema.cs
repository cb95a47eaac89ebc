using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>A schema whose <c>echo</c> field answers with its coerced arguments as JSON, to observe coercion.</summary>
internal static class EchoSchema
{
    public static readonly GraphQLSchema Schema = SchemaBuilder.FromSdl("""
        type Query { echo(i: Int, l: [Int!], f: Filter, e: Color, s: String! = "d", o: Pick): String
         list: [String] }
        input Filter { x: Int! y: String = "why" z: [Color] }
        input Pick @oneOf { a: Int b: String }
        enum Color { RED GREEN }
        type Mutation { m: String }
        """)
        .Resolve("Query", "echo", context => ResultJson.Value(context.Arguments))
        .Resolve("Query", "list", _ => new[] { "a", "b" })
        .Build();

    public static Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null, string? operationName = null) =>
        TestExecution.RunAsync(Schema, query, variables, operationName: operationName);
}
