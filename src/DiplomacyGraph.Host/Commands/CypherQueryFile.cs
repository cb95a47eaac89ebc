using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// A <c>.cypher</c> file as <c>cypher/queries/</c> writes them: a header of <c>//</c> comments (Question, Parameters,
/// Returns, Example) and the statement. The example's parameter map (<c>// Example: {city: "Tacoma"} -> ...</c>) is
/// what the <c>cypher</c> verb sends when the analyst gives no <c>--param</c> of that name.
/// </summary>
public static partial class CypherQueryFile
{
    /// <summary>The example's parameters (text, integer, decimal, true/false/null values); empty when the header has none.</summary>
    public static IReadOnlyDictionary<string, object?> ExampleParameters(string text)
    {
        var example = text.Split('\n')
            .TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal))
            .FirstOrDefault(line => line.StartsWith("// Example:", StringComparison.Ordinal));
        var parameters = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (example is null || ExampleMap().Match(example) is not { Success: true } map)
        {
            return parameters;
        }

        foreach (Match pair in MapEntry().Matches(map.Groups["entries"].Value))
        {
            parameters[pair.Groups["key"].Value] = Literal(pair.Groups["value"].Value);
        }

        return parameters;
    }

    private static object? Literal(string value) => value switch
    {
        "null" => null,
        "true" => true,
        "false" => false,
        ['"', .. var inner, '"'] => Regex.Unescape(inner),
        _ when long.TryParse(value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var integer) => integer,
        _ => double.Parse(value, CultureInfo.InvariantCulture),
    };

    /// <summary>The first <c>{...}</c> before the example's <c>-></c>.</summary>
    [GeneratedRegex(@"^//\s*Example:\s*\{(?<entries>[^}]*)\}")]
    private static partial Regex ExampleMap();

    [GeneratedRegex(@"(?<key>[A-Za-z_][A-Za-z0-9_]*)\s*:\s*(?<value>""(?:[^""\\]|\\.)*""|-?\d+(?:\.\d+)?|true|false|null)")]
    private static partial Regex MapEntry();
}
