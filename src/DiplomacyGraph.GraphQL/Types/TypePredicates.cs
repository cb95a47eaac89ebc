namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// The type classifications of the spec and graphql-js (<c>isInputType</c>, <c>getNamedType</c>, …),
/// looking through list and non-null wrappers where the spec does.
/// </summary>
public static class TypePredicates
{
    /// <summary>The named type under any wrappers.</summary>
    public static GraphQLNamedType GetNamedType(this GraphQLType type)
    {
        while (true)
        {
            switch (type)
            {
                case GraphQLNamedType named:
                    return named;
                case GraphQLList list:
                    type = list.OfType;
                    break;
                case GraphQLNonNull nonNull:
                    type = nonNull.OfType;
                    break;
                default:
                    throw new InvalidOperationException("Unexpected type: " + type);
            }
        }
    }

    /// <summary>The type without its outermost non-null wrapper.</summary>
    public static GraphQLType GetNullableType(this GraphQLType type) => type is GraphQLNonNull nonNull ? nonNull.OfType : type;

    /// <summary>https://spec.graphql.org/October2021/#IsInputType()</summary>
    public static bool IsInputType(this GraphQLType type) =>
        type.GetNamedType() is GraphQLScalarType or GraphQLEnumType or GraphQLInputObjectType;

    /// <summary>https://spec.graphql.org/October2021/#IsOutputType()</summary>
    public static bool IsOutputType(this GraphQLType type) =>
        type.GetNamedType() is GraphQLScalarType or GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType or GraphQLEnumType;

    /// <summary>Scalar or enum: a type whose values have no fields.</summary>
    public static bool IsLeafType(this GraphQLType type) => type is GraphQLScalarType or GraphQLEnumType;

    /// <summary>Object, interface or union: a type that takes a selection set.</summary>
    public static bool IsCompositeType(this GraphQLType type) => type is GraphQLObjectType or GraphQLInterfaceType or GraphQLUnionType;

    /// <summary>Interface or union.</summary>
    public static bool IsAbstractType(this GraphQLType type) => type is IGraphQLAbstractType;

    public static bool IsWrappingType(this GraphQLType type) => type is GraphQLList or GraphQLNonNull;

    public static bool IsNullableType(this GraphQLType type) => type is not GraphQLNonNull;

    public static bool IsNamedType(this GraphQLType type) => type is GraphQLNamedType;
}
