using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Schema;

/// <summary>The parts of a GraphQL type reference the compiler cares about: the named type and whether it is a list.</summary>
/// <remarks>Lists of lists are not mapped to the graph; <see cref="Of"/> rejects them.</remarks>
public readonly record struct TypeShape(string NamedType, bool IsList, bool IsNonNull)
{
    public static TypeShape Of(TypeNode type)
    {
        var nonNull = type is NonNullTypeNode;
        var inner = type is NonNullTypeNode outer ? outer.Type : type;
        if (inner is ListTypeNode list)
        {
            var item = list.Type is NonNullTypeNode nonNullItem ? nonNullItem.Type : list.Type;
            return item is NamedTypeNode named
                ? new TypeShape(named.Name.Value, IsList: true, nonNull)
                : throw new SchemaDefinitionException("Lists of lists cannot be mapped to the graph.");
        }

        return new TypeShape(((NamedTypeNode)inner).Name.Value, IsList: false, nonNull);
    }
}
