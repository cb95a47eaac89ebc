using DiplomacyGraph.GraphQL.Errors;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Response-Format — the result of executing a request.
/// A request error (no operation to run, invalid variables) has no <c>data</c> entry at all
/// (<see cref="HasData"/> false); an execution that started always has one, which is null when a
/// non-null root field failed.
/// </summary>
public sealed class ExecutionResult
{
    private ExecutionResult(bool hasData, IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors)
    {
        HasData = hasData;
        Data = data;
        Errors = errors is { Count: > 0 } ? errors : null;
    }

    /// <summary>Whether the response has a <c>data</c> entry (possibly null).</summary>
    public bool HasData { get; }

    /// <summary>The data, insertion-ordered as the fields were requested; null when absent or when null propagated to the root.</summary>
    public IReadOnlyDictionary<string, object?>? Data { get; }

    /// <summary>Field and request errors in the order they occurred; null when there are none (the response then has no <c>errors</c> entry).</summary>
    public IReadOnlyList<GraphQLError>? Errors { get; }

    /// <summary>The response's <c>extensions</c> entry, for the host to fill (e.g. timing); null leaves it out.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; init; }

    /// <summary>A request error: no operation was executed, so there is no data entry.</summary>
    public static ExecutionResult FromRequestErrors(IReadOnlyList<GraphQLError> errors) => new(false, null, errors);

    /// <summary>An executed operation: data (null if null reached the root) and any field errors.</summary>
    public static ExecutionResult FromData(IReadOnlyDictionary<string, object?>? data, IReadOnlyList<GraphQLError>? errors) =>
        new(true, data, errors);

    /// <summary>The same result with one more entry in its <c>extensions</c> (e.g. a cost report added by the transport).</summary>
    public ExecutionResult WithExtension(string name, object? value) =>
        new(HasData, Data, Errors)
        {
            Extensions = new Dictionary<string, object?>(Extensions ?? new Dictionary<string, object?>(), StringComparer.Ordinal) { [name] = value },
        };
}
