namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// An interface or union: a type whose concrete object type is decided per value at run time
/// (https://spec.graphql.org/October2021/#sec-Value-Completion, ResolveAbstractType).
/// </summary>
public interface IGraphQLAbstractType
{
    string Name { get; }

    /// <summary>Names the object type of a value; null lets the executor fall back to <c>__typename</c> and <c>IsTypeOf</c>.</summary>
    TypeResolver? ResolveType { get; }
}
