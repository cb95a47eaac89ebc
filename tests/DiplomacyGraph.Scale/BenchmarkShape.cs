namespace DiplomacyGraph.Scale;

/// <summary>One query shape of the scale benchmark: a GraphQL document and its variables.</summary>
public sealed record BenchmarkShape(string Name, string Document, IReadOnlyDictionary<string, object?> Variables)
{
    /// <summary>A shape's variables from name/value pairs.</summary>
    public static Dictionary<string, object?> With(params (string Name, object? Value)[] values) =>
        values.ToDictionary(value => value.Name, value => value.Value, StringComparer.Ordinal);
}
