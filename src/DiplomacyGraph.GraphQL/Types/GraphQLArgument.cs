namespace DiplomacyGraph.GraphQL.Types;

/// <summary>https://spec.graphql.org/October2021/#sec-Field-Arguments — an argument of a field or directive.</summary>
public sealed class GraphQLArgument : GraphQLInputValue
{
    public GraphQLArgument(string name, GraphQLType type)
        : base(name, type)
    {
    }

    /// <summary>The argument of that name in a field's or directive's list, or null. Argument lists are short, so a scan beats a map.</summary>
    internal static GraphQLArgument? Find(IReadOnlyList<GraphQLArgument> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name == name)
            {
                return arguments[i];
            }
        }

        return null;
    }
}
