namespace DiplomacyGraph.GraphQL.Types;

/// <summary>The object types and the interfaces that declare they implement one interface, in type-map order.</summary>
public sealed record InterfaceImplementations(
    IReadOnlyList<GraphQLObjectType> Objects,
    IReadOnlyList<GraphQLInterfaceType> Interfaces)
{
    public static readonly InterfaceImplementations None = new([], []);
}
