using DiplomacyGraph.GraphQL.Execution;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>Tells whether a value belongs to one object type; used to resolve abstract types without a type resolver.</summary>
public delegate bool IsTypeOf(object value, ResolveFieldContext context);
