using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>A type reference as written in GraphQL (<c>[String!]!</c>), for messages about types that may not exist.</summary>
internal static class TypeNodePrinter
{
    public static string Print(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + Print(list.Type) + "]",
        NonNullTypeNode nonNull => Print(nonNull.Type) + "!",
        _ => string.Empty,
    };
}
