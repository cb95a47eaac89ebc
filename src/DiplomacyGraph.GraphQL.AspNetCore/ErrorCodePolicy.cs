using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Execution;

namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// Every error a client sees carries an <c>extensions.code</c> (as HotChocolate gives every error one), and none
/// carries an exception's text: errors the engine or a resolver left without a code get the code of their kind, and a
/// resolver failure that is not a deliberate <see cref="GraphQLException"/> becomes a generic internal error (the
/// endpoint logs its cause).
/// </summary>
internal static class ErrorCodePolicy
{
    public const string ParseFailed = "GRAPHQL_PARSE_FAILED";

    public const string ValidationFailed = "GRAPHQL_VALIDATION_FAILED";

    /// <summary>A request the engine refused before executing it: variables that do not coerce, an unknown operation.</summary>
    public const string BadUserInput = "BAD_USER_INPUT";

    /// <summary>A field the engine could not complete as asked (an argument it did not accept, a null where the schema promises a value).</summary>
    public const string FieldError = "FIELD_ERROR";

    public static IReadOnlyList<GraphQLError> Coded(IReadOnlyList<GraphQLError> errors, string code) =>
        [.. errors.Select(error => error.WithDefaultCode(code))];

    public static ExecutionResult Coded(ExecutionResult result)
    {
        if (result.Errors is not { Count: > 0 } errors)
        {
            return result;
        }

        var coded = errors.Select(error => error.OriginalError is { } and not GraphQLException && error.Extensions?.ContainsKey("code") != true
            ? error.Replaced("An unexpected error occurred while resolving this field.", GraphQLHttpErrorCodes.InternalError)
            : error.WithDefaultCode(result.HasData ? FieldError : BadUserInput)).ToList();
        var copy = result.HasData ? ExecutionResult.FromData(result.Data, coded) : ExecutionResult.FromRequestErrors(coded);
        return result.Extensions is { } extensions ? extensions.Aggregate(copy, (current, entry) => current.WithExtension(entry.Key, entry.Value)) : copy;
    }
}
