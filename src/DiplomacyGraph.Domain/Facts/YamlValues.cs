using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace DiplomacyGraph.Domain.Facts;

/// <summary>Turns YAML values into property values of the kind <see cref="PropertyKinds"/> asks for.</summary>
internal static class YamlValues
{
    /// <summary>True for an empty value, <c>~</c> or <c>null</c>: treated as not written.</summary>
    public static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any } scalar
        && (string.IsNullOrEmpty(scalar.Value) || scalar.Value is "~" or "null" or "Null" or "NULL");

    /// <summary>A single text value, or null (with an error) when the value is a list or mapping.</summary>
    public static string? Text(YamlField field, List<FactError> errors)
    {
        if (IsNull(field.Value))
        {
            return null;
        }

        if (field.Value is YamlScalarNode { Value: { } text })
        {
            return text;
        }

        errors.Add(new FactError(field.Location, $"'{field.Key}' must be a single value, not a list or mapping"));
        return null;
    }

    /// <summary>A list of text values, each with its own line; a single value is an error (write a list).</summary>
    public static IReadOnlyList<(string Text, SourceLocation Location)> TextList(YamlField field, List<FactError> errors)
    {
        if (IsNull(field.Value))
        {
            return [];
        }

        if (field.Value is not YamlSequenceNode sequence)
        {
            errors.Add(new FactError(field.Location, $"'{field.Key}' must be a list, e.g. [a, b]"));
            return [];
        }

        var items = new List<(string, SourceLocation)>();
        foreach (var item in sequence.Children)
        {
            var location = YamlEntryReader.Location(field.Location.File, item);
            if (item is YamlScalarNode { Value: { } text } && !IsNull(item))
            {
                items.Add((text, location));
            }
            else
            {
                errors.Add(new FactError(location, $"each item of '{field.Key}' must be a single text value"));
            }
        }

        return items;
    }

    /// <summary>The field as a property of the kind its name calls for, or null (with an error) when it is not one.</summary>
    public static FactProperty? Property(YamlField field, List<FactError> errors)
    {
        if (IsNull(field.Value))
        {
            return null;
        }

        var kind = PropertyKinds.Of(field.Key);
        if (kind == PropertyKind.TextList)
        {
            var items = TextList(field, errors);
            return new FactProperty(field.Key, items.Select(item => item.Text).ToList(), field.Location);
        }

        if (Text(field, errors) is not { } text)
        {
            return null;
        }

        var isPlain = field.Value is YamlScalarNode { Style: ScalarStyle.Plain or ScalarStyle.Any };
        object? value = kind switch
        {
            PropertyKind.Text or PropertyKind.Date => text,
            PropertyKind.Integer => isPlain && long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole)
                ? whole
                : null,
            PropertyKind.Number => isPlain ? Number(text) : null,
            PropertyKind.Boolean => isPlain && text is "true" or "false" ? text == "true" : null,
            _ => null,
        };

        if (value is null)
        {
            var expected = kind switch
            {
                PropertyKind.Integer => "a whole number",
                PropertyKind.Number => "a number (unquoted)",
                PropertyKind.Boolean => "true or false",
                _ => kind.ToString(),
            };
            errors.Add(new FactError(field.Location, $"'{field.Key}' must be {expected}, not '{text}'"));
            return null;
        }

        return new FactProperty(field.Key, value, field.Location);
    }

    private static object? Number(string text)
    {
        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var whole))
        {
            return whole;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var real) && double.IsFinite(real)
            ? real
            : null;
    }
}
