using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// graphql-js's <c>defaultTypeResolver</c>: a value that names its type in a <c>__typename</c>
/// entry is of that type; otherwise the first possible type whose <c>IsTypeOf</c> accepts it.
/// </summary>
public static class TypeResolvers
{
    public static readonly TypeResolver Default = Resolve;

    private static string? Resolve(object value, ResolveFieldContext context, IGraphQLAbstractType abstractType)
    {
        if (FieldResolvers.Read(value, "__typename") is string typeName && value is not string)
        {
            return typeName;
        }

        foreach (var possibleType in context.Schema.GetPossibleTypes(abstractType))
        {
            if (possibleType.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
            {
                return possibleType.Name;
            }
        }

        return null;
    }
}
