using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>How two types relate, for the rules that compare them (graphql-js's typeComparators).</summary>
internal static class TypeComparators
{
    /// <summary>
    /// Whether a value of <paramref name="maybeSubType"/> may stand where <paramref name="superType"/>
    /// is expected: the same type, a non-null of it, an object or interface implementing it (covariance).
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
            // A non-null value may stand where a nullable one is expected.
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

        return superType is IGraphQLAbstractType abstractType
            && maybeSubType is GraphQLImplementingType implementing
            && schema.IsSubType(abstractType, implementing);
    }

    /// <summary>Whether some object type could be of both composite types at once.</summary>
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
                foreach (var possibleType in schema.GetPossibleTypes(abstractA))
                {
                    if (schema.IsSubType(abstractB, possibleType))
                    {
                        return true;
                    }
                }

                return false;
            }

            return typeB is GraphQLImplementingType implementingB && schema.IsSubType(abstractA, implementingB);
        }

        return typeB is IGraphQLAbstractType abstractTypeB
            && typeA is GraphQLImplementingType implementingA
            && schema.IsSubType(abstractTypeB, implementingA);
    }
}
