using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>graphql-js's <c>typeFromAST</c>: the schema type a type reference names (<c>[Int!]</c>), or null when the named type is unknown.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Get(GraphQLSchema schema, TypeNode typeNode) => typeNode switch
    {
        NamedTypeNode named => schema.GetType(named.Name.Value),
        ListTypeNode list => Get(schema, list.Type) is { } itemType ? new GraphQLList(itemType) : null,
        NonNullTypeNode nonNull => Get(schema, nonNull.Type) is { } innerType ? new GraphQLNonNull(innerType) : null,
        _ => throw new ArgumentException("Unexpected type node: " + typeNode.Kind, nameof(typeNode)),
    };
}
