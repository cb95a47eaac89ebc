using System.Buffers;
using System.Text.Json;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>Writes the transactional API's request body: <c>{"statements":[{"statement","parameters","resultDataContents"}]}</c>.</summary>
internal static class RequestBody
{
    private static readonly JsonSerializerOptions ParameterOptions = new(JsonSerializerDefaults.General)
    {
        Converters = { new FloatingPointConverter(), new SingleConverter() },
    };

    public static ReadOnlyMemory<byte> Write(IReadOnlyList<Statement> statements)
    {
        var buffer = new ArrayBufferWriter<byte>(256);
        using (var writer = new Utf8JsonWriter(buffer))
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
                    JsonSerializer.Serialize(writer, parameters, ParameterOptions);
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

        return buffer.WrittenMemory;
    }
}
