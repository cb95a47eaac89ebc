namespace DiplomacyGraph.GraphQL.Types;

/// <summary>https://spec.graphql.org/October2021/#sec-List — a list of <see cref="OfType"/>.</summary>
public sealed class GraphQLList : GraphQLType
{
    public GraphQLList(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.List;

    public override string ToString() => "[" + OfType + "]";
}
