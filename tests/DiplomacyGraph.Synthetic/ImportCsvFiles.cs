using System.Collections;
using System.Globalization;
using System.Text;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;

namespace DiplomacyGraph.Synthetic;

/// <summary>
/// Writes a graph as the CSV files of Neo4j 3.1's offline importer (<c>bin/neo4j-import</c>): one nodes
/// file and one relationships file, each with a header naming every property the model uses and its
/// import type. A property a row lacks is an empty unquoted field, which the importer leaves unset;
/// lists are joined by <see cref="ArrayDelimiter"/>, which no generated value contains.
/// </summary>
public static class ImportCsvFiles
{
    public const char ArrayDelimiter = ';';

    private static readonly (string Name, string Type)[] NodeColumns =
    [
        ("id", "string"), ("name", "string"), ("nameAr", "string"), ("aliases", "string[]"),
        (FactGraphBuilder.MatchKeysProperty, "string[]"), ("description", "string"), ("kind", "string"), ("date", "string"),
        ("startDate", "string"), ("endDate", "string"), ("edition", "long"), ("theme", "string"), ("themeAr", "string"),
        ("virtual", "boolean"), ("metric", "string"), ("value", "double"), ("unit", "string"), ("qualifier", "string"),
        ("asOf", "string"), ("title", "string"), ("titleAr", "string"), ("publisher", "string"), ("publishedOn", "string"),
        ("dateline", "string"), ("url", "string"), ("author", "string"), ("language", "string"),
        (Provenance.Sources, "string[]"), (Provenance.Evidence, "string[]"), (Provenance.EvidenceQuotes, "string[]"),
    ];

    private static readonly (string Name, string Type)[] RelationshipColumns =
    [
        ("id", "string"), ("since", "string"), ("until", "string"), ("title", "string"), ("titleAr", "string"),
        ("level", "string"), ("levelAr", "string"), ("aspect", "string"), ("role", "string"), ("first", "boolean"),
        ("date", "string"), ("representedBy", "string"), ("distanceKm", "double"), ("qualifier", "string"),
        ("direction", "string"), ("count", "long"),
        (Provenance.Sources, "string[]"), (Provenance.Evidence, "string[]"), (Provenance.EvidenceQuotes, "string[]"),
    ];

    public static void WriteNodes(string file, IEnumerable<NodeRow> nodes)
    {
        using var writer = new StreamWriter(file, append: false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(":ID," + Header(NodeColumns) + ",:LABEL");
        var line = new StringBuilder();
        foreach (var node in nodes)
        {
            line.Clear();
            AppendField(line, node.Id);
            AppendProperties(line, NodeColumns, node.Properties);
            line.Append(',').Append(node.Kind == NodeKind.Article ? node.Label : $"{EntityLabels.Entity}{ArrayDelimiter}{node.Label}");
            writer.WriteLine(line);
        }
    }

    public static void WriteRelationships(string file, IEnumerable<RelationshipRow> relationships)
    {
        using var writer = new StreamWriter(file, append: false, new UTF8Encoding(false), 1 << 20);
        writer.WriteLine(":START_ID,:END_ID,:TYPE," + Header(RelationshipColumns));
        var line = new StringBuilder();
        foreach (var relationship in relationships)
        {
            line.Clear();
            AppendField(line, relationship.From);
            line.Append(',');
            AppendField(line, relationship.To);
            line.Append(',').Append(CypherNames.RelationshipType(relationship.Type));
            AppendProperties(line, RelationshipColumns, relationship.Properties);
            writer.WriteLine(line);
        }
    }

    private static string Header((string Name, string Type)[] columns) =>
        string.Join(',', columns.Select(column => $"{column.Name}:{column.Type}"));

    private static void AppendProperties(StringBuilder line, (string Name, string Type)[] columns, IReadOnlyDictionary<string, object> properties)
    {
        var used = 0;
        foreach (var (name, _) in columns)
        {
            line.Append(',');
            if (properties.TryGetValue(name, out var value))
            {
                used++;
                AppendValue(line, value);
            }
        }

        if (used != properties.Count)
        {
            var unknown = properties.Keys.Except(columns.Select(column => column.Name));
            throw new InvalidOperationException($"Properties without an import column: {string.Join(", ", unknown)}.");
        }
    }

    private static void AppendValue(StringBuilder line, object value)
    {
        switch (value)
        {
            case string text:
                AppendField(line, text);
                break;
            case bool flag:
                line.Append(flag ? "true" : "false");
                break;
            case long or double:
                line.Append(Convert.ToString(value, CultureInfo.InvariantCulture));
                break;
            case IEnumerable items:
                var elements = items.Cast<object>().Select(item => Convert.ToString(item, CultureInfo.InvariantCulture)!).ToList();
                if (elements.Any(element => element.Contains(ArrayDelimiter, StringComparison.Ordinal)))
                {
                    throw new InvalidOperationException($"A list element contains the array delimiter '{ArrayDelimiter}'.");
                }

                AppendField(line, string.Join(ArrayDelimiter, elements));
                break;
            default:
                throw new InvalidOperationException($"No import type for a {value.GetType().Name}.");
        }
    }

    private static void AppendField(StringBuilder line, string text) =>
        line.Append('"').Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
}
