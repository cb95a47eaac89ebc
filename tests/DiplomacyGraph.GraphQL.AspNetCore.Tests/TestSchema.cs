using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// A small in-memory schema for the endpoint's tests: plain data, a field that fails, one that
/// waits (for the timeout), one that reads the user context, and a mutation.
/// </summary>
internal static class TestSchema
{
    public const string Sdl = """
        "Countries and their neighbours, held in memory."
        type Query {
          hello(name: String = "world"): String!
          countries: [Country!]!
          country(code: ID!): Country
          "Answers after the given delay, or when the request is cancelled."
          slow(milliseconds: Int!): String
          failing: String
          contextValue: String
        }

        type Country {
          code: ID!
          name: String!
          neighbours: [Country!]!
        }

        type Mutation {
          renameCountry(code: ID!, name: String!): Country
        }
        """;

    public const string FailingFieldMessage = "The failing field always fails.";

    private static readonly Dictionary<string, object?> Sudan = Country("SD", "Sudan");
    private static readonly Dictionary<string, object?> Egypt = Country("EG", "مصر", Sudan);
    private static readonly Dictionary<string, object?>[] Countries = [Egypt, Sudan];

    public static GraphQLSchema Create() =>
        SchemaBuilder.FromDocument(Parser.Parse(Sdl))
            .Resolve("Query", "hello", context => $"Hello, {context.GetArgument<string>("name")}!")
            .Resolve("Query", "countries", _ => Countries)
            .Resolve("Query", "country", context => Array.Find(Countries, country => (string?)country["code"] == context.GetArgument<string>("code")))
            .Resolve("Query", "slow", SlowAsync)
            .Resolve("Query", "failing", _ => throw new InvalidOperationException(FailingFieldMessage))
            .Resolve("Query", "contextValue", context => context.UserContext?.ToString())
            .Resolve("Mutation", "renameCountry", context => Country(context.GetArgument<string>("code")!, context.GetArgument<string>("name")!))
            .Build();

    private static async ValueTask<object?> SlowAsync(Execution.ResolveFieldContext context)
    {
        await Task.Delay(context.GetArgument<int>("milliseconds"), context.CancellationToken);
        return "done";
    }

    private static Dictionary<string, object?> Country(string code, string name, params Dictionary<string, object?>[] neighbours) =>
        new() { ["code"] = code, ["name"] = name, ["neighbours"] = neighbours };
}
