using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>
/// Writes doubles so Neo4j reads them back as floats: System.Text.Json writes 1.0 as <c>1</c>, which the server
/// takes for an integer. Whole values get a <c>.0</c>; everything else keeps its shortest round-trip form.
/// </summary>
internal sealed class FloatingPointConverter : JsonConverter<double>
{
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetDouble();

    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options) => WriteDouble(writer, value);

    public static void WriteDouble(Utf8JsonWriter writer, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentException($"Cannot send {value} to Neo4j: JSON has no NaN or infinity.", nameof(value));
        }

        var text = value.ToString("R", CultureInfo.InvariantCulture);
        writer.WriteRawValue(text.AsSpan().IndexOfAny(".eE") < 0 ? text + ".0" : text, skipInputValidation: true);
    }
}
