using System.Text.Encodings.Web;
using System.Text.Json;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>Writes the transactional API's request body: <c>{"statements":[{"statement","parameters","resultDataContents"}]}</c>.</summary>
internal static class RequestBody
{
    /// <summary>
    /// The body goes to Neo4j and nowhere else (never into HTML), so only what JSON itself requires is escaped: the
    /// default encoder would also escape every <c>&lt;</c>, <c>&gt;</c>, <c>'</c> and <c>+</c> of the Cypher text and
    /// every non-ASCII letter of a parameter, one slow step each, on every request.
    /// </summary>
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        SkipValidation = true,
    };

    /// <summary>The body, in pooled arrays: dispose it once the request has been answered.</summary>
    public static PooledBody Write(IReadOnlyList<Statement> statements)
    {
        var buffer = new PooledBody(statements.Count == 1 ? statements[0].Text.Length + 256 : 256);
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            writer.WriteStartObject();
            writer.WriteStartArray("statements");
            foreach (var statement in statements)
            {
                writer.WriteStartObject();
                writer.WriteString("statement", statement.Text);
                if (statement.Parameters is { Count: > 0 } parameters)
                {
                    writer.WritePropertyName("parameters");
                    ParameterWriter.WriteMap(writer, parameters);
                }

                writer.WriteStartArray("resultDataContents");
                writer.WriteStringValue("row");
                if (statement.IncludeGraph)
                {
                    writer.WriteStringValue("graph");
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer;
    }
}
