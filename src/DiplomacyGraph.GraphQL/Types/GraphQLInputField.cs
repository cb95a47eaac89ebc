namespace DiplomacyGraph.GraphQL.Types;

/// <summary>https://spec.graphql.org/October2021/#sec-Input-Objects — a field of an input object type.</summary>
public sealed class GraphQLInputField : GraphQLInputValue
{
    public GraphQLInputField(string name, GraphQLType type)
        : base(name, type)
    {
    }
}
