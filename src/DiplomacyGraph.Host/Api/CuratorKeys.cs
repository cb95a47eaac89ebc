using System.Security.Cryptography;
using System.Text;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// The API keys that may run mutations, each with the curator name the history records its changes
/// under: <c>DIPLOMACYGRAPH_API_KEYS</c> as <c>name=key,name2=key2</c>, and the single
/// <c>DIPLOMACYGRAPH_API_KEY</c> as the curator <see cref="SingleKeyCurator"/>.
/// </summary>
public sealed class CuratorKeys
{
    /// <summary>The environment variable of named keys.</summary>
    public const string EnvironmentVariable = "DIPLOMACYGRAPH_API_KEYS";

    /// <summary>The curator name of the single key of <c>DIPLOMACYGRAPH_API_KEY</c>.</summary>
    public const string SingleKeyCurator = "curator";

    private readonly List<(string Name, byte[] Key)> _keys;

    /// <param name="keys">Curator name → key.</param>
    public CuratorKeys(IReadOnlyDictionary<string, string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        _keys = [.. keys.Select(pair => (pair.Key, Encoding.UTF8.GetBytes(pair.Value)))];
    }

    public bool IsEmpty => _keys.Count == 0;

    public IEnumerable<string> Curators => _keys.Select(key => key.Name);

    /// <summary>The single key (as curator <see cref="SingleKeyCurator"/>) and the named ones together.</summary>
    public static CuratorKeys From(string? singleKey, IReadOnlyDictionary<string, string>? namedKeys)
    {
        var keys = new Dictionary<string, string>(namedKeys ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(singleKey) && !keys.TryAdd(SingleKeyCurator, singleKey))
        {
            throw new ArgumentException($"The curator '{SingleKeyCurator}' is named in {EnvironmentVariable} and also given by {ApiKeyAuthorizer.EnvironmentVariable}; keep one.");
        }

        return new CuratorKeys(keys);
    }

    /// <summary>Reads <c>name=key,name2=key2</c>; names are unique, keys are unique and non-empty.</summary>
    public static Dictionary<string, string> Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var keys = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = entry.IndexOf('=', StringComparison.Ordinal);
            var name = equals > 0 ? entry[..equals].Trim() : "";
            var key = equals > 0 ? entry[(equals + 1)..].Trim() : "";
            if (name.Length == 0 || key.Length == 0)
            {
                // The entry itself is not shown: it may hold a key.
                throw new ArgumentException($"{EnvironmentVariable}: every entry must be curatorName=key (entry {keys.Count + 1} is not).");
            }

            if (!keys.TryAdd(name, key))
            {
                throw new ArgumentException($"{EnvironmentVariable}: the curator '{name}' is named twice.");
            }
        }

        if (keys.Values.Distinct(StringComparer.Ordinal).Count() != keys.Count)
        {
            throw new ArgumentException($"{EnvironmentVariable}: two curators have the same key; give each its own.");
        }

        return keys;
    }

    /// <summary>The curator whose key this is, or null. Every key is compared, each in constant time, so the answer's timing tells nothing of which matched.</summary>
    public string? Find(string given)
    {
        var bytes = Encoding.UTF8.GetBytes(given ?? "");
        string? found = null;
        foreach (var (name, key) in _keys)
        {
            if (CryptographicOperations.FixedTimeEquals(bytes, key))
            {
                found = name;
            }
        }

        return found;
    }
}
