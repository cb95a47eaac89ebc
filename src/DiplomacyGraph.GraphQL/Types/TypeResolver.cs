using DiplomacyGraph.GraphQL.Execution;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// Names the object type of a value of an abstract type. Returns a type name, as graphql-js v16
/// does; null means "cannot tell", which the executor reports as a field error.
/// </summary>
public delegate string? TypeResolver(object value, ResolveFieldContext context, IGraphQLAbstractType abstractType);
