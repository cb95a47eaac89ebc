using System.Text;

namespace DiplomacyGraph.Neo4j.Schema;

/// <summary>
/// A <c>.cypher</c> schema file: statements each ending with <c>;</c> at the end of a line, <c>//</c> comment lines
/// and blank lines between them. DDL has no parameters and no string literals with semicolons, so this simple
/// format is all the schema files need.
/// </summary>
public static class SchemaScript
{
    public static IReadOnlyList<string> Parse(string text)
    {
        var statements = new List<string>();
        var current = new StringBuilder();
        foreach (var rawLine in text.Split('\n'))
        {
            var line = rawLine.Trim();
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            current.Append(current.Length == 0 ? "" : " ").Append(line);
            if (line.EndsWith(';'))
            {
                statements.Add(current.ToString().TrimEnd(';').TrimEnd());
                current.Clear();
            }
        }

        if (current.Length > 0)
        {
            throw new FormatException($"The schema script ends without a ';' after: {current}");
        }

        return statements;
    }
}
