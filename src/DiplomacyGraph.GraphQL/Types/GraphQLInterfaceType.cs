namespace DiplomacyGraph.GraphQL.Types;

/// <summary>https://spec.graphql.org/October2021/#sec-Interfaces — interfaces may implement interfaces.</summary>
public sealed class GraphQLInterfaceType : GraphQLImplementingType, IGraphQLAbstractType
{
    public GraphQLInterfaceType(
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLNamedType>>? interfaces = null)
        : base(name, fields, interfaces)
    {
    }

    public GraphQLInterfaceType(string name, IEnumerable<GraphQLField> fields, IEnumerable<GraphQLInterfaceType>? interfaces = null)
        : this(name, () => fields, interfaces is null ? null : () => interfaces)
    {
    }

    public override TypeKind Kind => TypeKind.Interface;

    public TypeResolver? ResolveType { get; init; }
}
