using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>
/// A small schema with interfaces, a union, non-null fields and lists, over in-memory data; the
/// same schema and data exist as a graphql-js script, whose results the tests expect verbatim.
/// One character is broken (its non-null name is null) so null propagation can be observed.
/// </summary>
internal static class CharacterSchema
{
    public const string Sdl = """
        type Query {
          hero: Character
          heroes: [Character]
          strictHeroes: [Character!]
          strictList: [Character!]!
          boom: String
          strictBoom: String!
          greeting(name: String = "world", times: Int): String
          node: Node
          search: [SearchResult]
        }
        interface Node { id: ID! }
        interface Character implements Node { id: ID! name: String! friends: [Character] }
        type Human implements Character & Node { id: ID! name: String! friends: [Character] homePlanet: String }
        type Droid implements Character & Node { id: ID! name: String! friends: [Character] primaryFunction: String }
        union SearchResult = Human | Droid
        """;

    public static readonly GraphQLSchema Schema = SchemaBuilder.FromSdl(Sdl)
        .Resolve("Query", "boom", _ => throw new InvalidOperationException("Boom!"))
        .Resolve("Query", "strictBoom", _ => throw new InvalidOperationException("Strict boom!"))
        .Resolve("Query", "greeting", context =>
            "Hello " + context.GetArgument<string>("name") + (context.GetArgument<int?>("times") is { } times ? " x" + times : string.Empty))
        .Build();

    public static Dictionary<string, object?> Root()
    {
        var luke = new Dictionary<string, object?> { ["__typename"] = "Human", ["id"] = "1", ["name"] = "Luke", ["homePlanet"] = "Tatooine" };
        var r2 = new Dictionary<string, object?> { ["__typename"] = "Droid", ["id"] = "2", ["name"] = "R2-D2", ["primaryFunction"] = "Astromech" };
        var broken = new Dictionary<string, object?> { ["__typename"] = "Droid", ["id"] = "3", ["name"] = null };
        luke["friends"] = new List<object?> { r2, broken };
        r2["friends"] = new List<object?> { luke };
        return new Dictionary<string, object?>
        {
            ["hero"] = luke,
            ["heroes"] = new List<object?> { luke, broken, r2 },
            ["strictHeroes"] = new List<object?> { luke, broken },
            ["strictList"] = new List<object?> { broken },
            ["node"] = r2,
            ["search"] = new List<object?> { r2, luke },
        };
    }

    public static Task<string> RunAsync(string query, IReadOnlyDictionary<string, object?>? variables = null) =>
        TestExecution.RunAsync(Schema, query, variables, Root());
}
