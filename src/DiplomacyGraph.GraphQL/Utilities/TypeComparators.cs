using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// graphql-js's type comparisons. Wrapper types are new objects each time they are written, so
/// types compare by structure: named types by identity, wrappers by what they wrap.
/// </summary>
public static class TypeComparators
{
    /// <summary>The same type: the same named type under the same wrappers.</summary>
    public static bool IsEqualType(GraphQLType typeA, GraphQLType typeB) => (typeA, typeB) switch
    {
        _ when ReferenceEquals(typeA, typeB) => true,
        (GraphQLNonNull a, GraphQLNonNull b) => IsEqualType(a.OfType, b.OfType),
        (GraphQLList a, GraphQLList b) => IsEqualType(a.OfType, b.OfType),
        _ => false,
    };

    /// <summary>
    /// A value of <paramref name="maybeSubType"/> may stand where <paramref name="superType"/> is
    /// expected (covariance, https://spec.graphql.org/October2021/#IsValidImplementationFieldType()).
    /// </summary>
    public static bool IsTypeSubTypeOf(GraphQLSchema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is GraphQLNonNull superNonNull)
        {
            return maybeSubType is GraphQLNonNull subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is GraphQLNonNull nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is GraphQLList superList)
        {
            return maybeSubType is GraphQLList subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is GraphQLList)
        {
            return false;
        }

        return superType is IGraphQLAbstractType abstractType &&
            maybeSubType is GraphQLImplementingType implementing &&
            schema.IsSubType(abstractType, implementing);
    }

    /// <summary>Some object type could be both (https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible).</summary>
    public static bool DoTypesOverlap(GraphQLSchema schema, GraphQLNamedType typeA, GraphQLNamedType typeB)
    {
        if (ReferenceEquals(typeA, typeB))
        {
            return true;
        }

        if (typeA is IGraphQLAbstractType abstractA)
        {
            if (typeB is IGraphQLAbstractType abstractB)
            {
                foreach (var possible in schema.GetPossibleTypes(abstractA))
                {
                    if (schema.IsSubType(abstractB, possible))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(abstractA, typeB);
        }

        return typeB is IGraphQLAbstractType abstractTypeB && schema.IsSubType(abstractTypeB, typeA);
    }
}
