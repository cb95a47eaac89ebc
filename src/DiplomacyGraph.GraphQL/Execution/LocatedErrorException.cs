using DiplomacyGraph.GraphQL.Errors;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// A field error on its way up to the nearest nullable parent
/// (https://spec.graphql.org/October2021/#sec-Handling-Field-Errors). Carries the error already
/// located (nodes and path), so parents pass it on unchanged, as graphql-js's <c>locatedError</c> does.
/// </summary>
internal sealed class LocatedErrorException(GraphQLError error) : Exception(error.Message)
{
    public GraphQLError Error { get; } = error;
}
