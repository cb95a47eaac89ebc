namespace DiplomacyGraph.Cypher.Translation;

/// <summary>The parameters of one statement: every user value goes here, and the text refers to it as <c>$name</c>.</summary>
internal sealed class ParameterSet
{
    /// <summary>Generated names start with this; <c>@cypher</c> statements must not use parameters that do.</summary>
    public const string GeneratedPrefix = "_p";

    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);
    private int _next;

    public IReadOnlyDictionary<string, object?> Values => _values;

    /// <summary>Adds a value under a fresh name and returns the reference to write in the statement.</summary>
    public string Add(object? value)
    {
        var name = GeneratedPrefix + _next++;
        _values.Add(name, value);
        return "$" + name;
    }

    /// <summary>A parameter a <c>@cypher</c> statement refers to by name (a field argument).</summary>
    public void AddNamed(string name, object? value)
    {
        if (!_values.TryAdd(name, value))
        {
            throw new InvalidOperationException($"The parameter '{name}' is given twice.");
        }
    }
}
