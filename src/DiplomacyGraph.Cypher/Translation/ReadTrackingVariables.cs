using System.Collections;
using System.Diagnostics.CodeAnalysis;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// A request's variable values that remember whether the compiler looked at any of them: a statement
/// compiled without reading a variable depends only on the document, and can be reused.
/// </summary>
internal sealed class ReadTrackingVariables(IReadOnlyDictionary<string, object?> values) : IReadOnlyDictionary<string, object?>
{
    public bool WasRead { get; private set; }

    public object? this[string key] => Read()[key];

    public IEnumerable<string> Keys => Read().Keys;

    public IEnumerable<object?> Values => Read().Values;

    public int Count => Read().Count;

    public bool ContainsKey(string key) => Read().ContainsKey(key);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => Read().TryGetValue(key, out value);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => Read().GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private IReadOnlyDictionary<string, object?> Read()
    {
        WasRead = true;
        return values;
    }
}
