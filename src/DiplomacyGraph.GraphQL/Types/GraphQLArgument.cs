namespace DiplomacyGraph.GraphQL.Types;

/// <summary>https://spec.graphql.org/October2021/#sec-Field-Arguments — an argument of a field or directive.</summary>
public sealed class GraphQLArgument : GraphQLInputValue
{
    public GraphQLArgument(string name, GraphQLType type)
        : base(name, type)
    {
    }
}
