using DiplomacyGraph.GraphQL.Errors;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>A schema failed validation; the message lists every problem, separated by blank lines, as graphql-js's <c>assertValidSchema</c> does.</summary>
public sealed class InvalidSchemaException : Exception
{
    public InvalidSchemaException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(error => error.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
