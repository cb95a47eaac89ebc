namespace DiplomacyGraph.GraphQL.Types;

/// <summary>https://spec.graphql.org/October2021/#sec-Objects</summary>
public sealed class GraphQLObjectType : GraphQLImplementingType
{
    public GraphQLObjectType(
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLNamedType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    public GraphQLObjectType(string name, IEnumerable<GraphQLField> fields, IEnumerable<GraphQLInterfaceType>? interfaces = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces)
    {
    }

    public override TypeKind Kind => TypeKind.Object;

    /// <summary>
    /// Tells whether a resolved value is of this type, for abstract types that have no
    /// <see cref="IGraphQLAbstractType.ResolveType"/> and values without a <c>__typename</c>.
    /// </summary>
    public IsTypeOf? IsTypeOf { get; init; }
}
