namespace DiplomacyGraph.GraphQL.Types;

/// <summary>The kinds of type introspection reports in <c>__Type.kind</c> (https://spec.graphql.org/October2021/#sec-The-__Type-Type).</summary>
public enum TypeKind
{
    Scalar,
    Object,
    Interface,
    Union,
    Enum,
    InputObject,
    List,
    NonNull,
}
