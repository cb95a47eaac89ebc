using System.Globalization;
using System.Text.Json;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>Reading results by dotted path (<c>cities.nodes[0].name</c>), and lists of a field across a list.</summary>
public static class JsonPaths
{
    public static JsonElement At(this JsonElement element, string path)
    {
        foreach (var part in path.Split('.'))
        {
            var name = part;
            var index = -1;
            var bracket = part.IndexOf('[', StringComparison.Ordinal);
            if (bracket >= 0)
            {
                name = part[..bracket];
                index = int.Parse(part[(bracket + 1)..^1], CultureInfo.InvariantCulture);
            }

            if (name.Length > 0)
            {
                element = element.GetProperty(name);
            }

            if (index >= 0)
            {
                element = element[index];
            }
        }

        return element;
    }

    /// <summary>The string at <paramref name="path"/> of each item of the list at <paramref name="listPath"/> (<c>"&lt;null&gt;"</c> for a null).</summary>
    public static List<string> Strings(this JsonElement element, string listPath, string path) =>
        [.. element.At(listPath).EnumerateArray().Select(item => item.At(path).GetString() ?? "<null>")];

    public static string? Text(this JsonElement element, string path) => element.At(path).GetString();
}
