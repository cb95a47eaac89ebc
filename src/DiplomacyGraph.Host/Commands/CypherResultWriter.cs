using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using DiplomacyGraph.Neo4j;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// How the <c>cypher</c> verb shows a result: a table for people, JSON or CSV for programs. Text, Arabic included,
/// is written as it is (UTF-8, never <c>\u</c>-escaped), in the order it is stored; lists and maps are shown as JSON.
/// </summary>
public static class CypherResultWriter
{
    public const string Table = "table";
    public const string Json = "json";
    public const string Csv = "csv";

    public static readonly string[] Formats = [Table, Json, Csv];

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        // Arabic and other non-ASCII text stays readable instead of becoming \uXXXX escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private static readonly JsonSerializerOptions IndentedJsonOptions = new(JsonOptions) { WriteIndented = true };

    public static void Write(StatementResult result, string format, IAnsiConsole console, TextWriter output)
    {
        switch (format)
        {
            case Json:
                output.WriteLine(JsonSerializer.Serialize(
                    result.Records.Select(record => result.Columns.Select((column, index) => (column, record[index])).ToDictionary(pair => pair.column, pair => pair.Item2)),
                    IndentedJsonOptions));
                break;
            case Csv:
                output.WriteLine(string.Join(',', result.Columns.Select(CsvField)));
                foreach (var record in result.Records)
                {
                    output.WriteLine(string.Join(',', record.Values.Select(value => CsvField(Cell(value)))));
                }

                break;
            default:
                var table = new Spectre.Console.Table();
                foreach (var column in result.Columns)
                {
                    table.AddColumn(new TableColumn(new Text(column)));
                }

                foreach (var record in result.Records)
                {
                    table.AddRow(record.Values.Select(value => (IRenderable)new Text(Cell(value))).ToArray());
                }

                console.Write(table);
                console.WriteLine($"{result.Records.Count.ToString(CultureInfo.InvariantCulture)} row(s)");
                break;
        }
    }

    /// <summary>One value as text: text as it is, numbers in invariant form, null as empty, lists and maps as JSON.</summary>
    private static string Cell(object? value) => value switch
    {
        null => "",
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => JsonSerializer.Serialize(value, JsonOptions),
    };

    private static string CsvField(string text) =>
        text.AsSpan().IndexOfAny(",\"\r\n") < 0 ? text : new StringBuilder("\"").Append(text.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
}
