using System.Globalization;
using System.Text;
using System.Text.Json;

namespace DiplomacyGraph.Fuzz.Generation;

/// <summary>
/// An argument value the generator made, which it can write either as a GraphQL literal in the
/// document or as JSON in the variables (an enum value is a name in one and a string in the other).
/// </summary>
public abstract record GeneratedValue
{
    public abstract void WriteLiteral(StringBuilder text);

    public abstract void WriteJson(Utf8JsonWriter json);

    public string ToLiteral()
    {
        var text = new StringBuilder();
        WriteLiteral(text);
        return text.ToString();
    }
}

public sealed record IntValue(long Value) : GeneratedValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append(Value.ToString(CultureInfo.InvariantCulture));

    public override void WriteJson(Utf8JsonWriter json) => json.WriteNumberValue(Value);
}

public sealed record FloatValue(double Value) : GeneratedValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append(Value.ToString("0.0##", CultureInfo.InvariantCulture));

    public override void WriteJson(Utf8JsonWriter json) => json.WriteNumberValue(Value);
}

public sealed record BooleanValue(bool Value) : GeneratedValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append(Value ? "true" : "false");

    public override void WriteJson(Utf8JsonWriter json) => json.WriteBooleanValue(Value);
}

public sealed record NullValue : GeneratedValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append("null");

    public override void WriteJson(Utf8JsonWriter json) => json.WriteNullValue();
}

public sealed record StringValue(string Value) : GeneratedValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append(JsonSerializer.Serialize(Value));

    public override void WriteJson(Utf8JsonWriter json) => json.WriteStringValue(Value);
}

public sealed record EnumValue(string Name) : GeneratedValue
{
    public override void WriteLiteral(StringBuilder text) => text.Append(Name);

    public override void WriteJson(Utf8JsonWriter json) => json.WriteStringValue(Name);
}

public sealed record ListValue(IReadOnlyList<GeneratedValue> Items) : GeneratedValue
{
    public override void WriteLiteral(StringBuilder text)
    {
        text.Append('[');
        for (var i = 0; i < Items.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ");
            Items[i].WriteLiteral(text);
        }

        text.Append(']');
    }

    public override void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartArray();
        foreach (var item in Items)
        {
            item.WriteJson(json);
        }

        json.WriteEndArray();
    }
}

public sealed record ObjectValue(IReadOnlyList<KeyValuePair<string, GeneratedValue>> Fields) : GeneratedValue
{
    public override void WriteLiteral(StringBuilder text)
    {
        text.Append('{');
        for (var i = 0; i < Fields.Count; i++)
        {
            text.Append(i == 0 ? string.Empty : ", ").Append(Fields[i].Key).Append(": ");
            Fields[i].Value.WriteLiteral(text);
        }

        text.Append('}');
    }

    public override void WriteJson(Utf8JsonWriter json)
    {
        json.WriteStartObject();
        foreach (var (name, value) in Fields)
        {
            json.WritePropertyName(name);
            value.WriteJson(json);
        }

        json.WriteEndObject();
    }
}
