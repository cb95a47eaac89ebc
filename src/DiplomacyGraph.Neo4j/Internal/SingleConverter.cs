using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>Sends floats as doubles, keeping them floats on the server (see <see cref="FloatingPointConverter"/>).</summary>
internal sealed class SingleConverter : JsonConverter<float>
{
    private static readonly FloatingPointConverter Double = new();

    public override float Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetSingle();

    public override void Write(Utf8JsonWriter writer, float value, JsonSerializerOptions options) =>
        Double.Write(writer, value, options);
}
