using DiplomacyGraph.GraphQL.Errors;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// SDL that breaks the SDL validation rules (unknown types, duplicate names, misplaced directives…);
/// the message lists every problem separated by blank lines, as graphql-js's <c>assertValidSDL</c> does.
/// </summary>
public sealed class InvalidSdlException : Exception
{
    public InvalidSdlException(IReadOnlyList<GraphQLError> errors)
        : base(string.Join("\n\n", errors.Select(error => error.Message)))
    {
        Errors = errors;
    }

    public IReadOnlyList<GraphQLError> Errors { get; }
}
