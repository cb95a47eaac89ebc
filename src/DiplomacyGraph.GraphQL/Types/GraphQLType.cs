namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// Any type of the type system: a named type or a wrapper (list, non-null) around one
/// (https://spec.graphql.org/October2021/#sec-Types). <see cref="ToString"/> prints the type as
/// SDL writes it (<c>[String!]!</c>), the form error messages use.
/// </summary>
public abstract class GraphQLType
{
    private protected GraphQLType()
    {
    }

    public abstract TypeKind Kind { get; }

    public abstract override string ToString();
}
