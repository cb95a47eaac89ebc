namespace DiplomacyGraph.GraphQL.Types;

/// <summary>https://spec.graphql.org/October2021/#sec-Non-Null — wraps a nullable type, never another non-null.</summary>
public sealed class GraphQLNonNull : GraphQLType
{
    public GraphQLNonNull(GraphQLType ofType)
    {
        ArgumentNullException.ThrowIfNull(ofType);
        if (ofType is GraphQLNonNull)
        {
            throw new ArgumentException($"Expected {ofType} to be a GraphQL nullable type.", nameof(ofType));
        }

        OfType = ofType;
    }

    public GraphQLType OfType { get; }

    public override TypeKind Kind => TypeKind.NonNull;

    public override string ToString() => OfType + "!";
}
