using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Tests.Validation.Limits;

/// <summary>A small cyclic schema with paged lists, the shape the safety limits guard against.</summary>
internal static class LimitSchema
{
    private static readonly Lazy<GraphQLSchema> LazySchema = new(() => TestSchema.Build("""
        type Country {
          name: String
          neighbours(first: Int, limit: Int): [Country!]!
          capital: City
        }

        type City {
          name: String
          country: Country
        }

        type Query {
          countries(first: Int, last: Int): [Country]
          country(name: String): Country
        }
        """));

    public static GraphQLSchema Schema => LazySchema.Value;
}
