using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace DiplomacyGraph.GraphQL.Tests.Conformance;

/// <summary>
/// The first place two JSON values differ, as a path and both values, or null when they are the
/// same. Numbers compare by value (graphql-js writes 1.0 as 1); objects under <c>data</c> must
/// also have their keys in the same order, since a response's field order is part of the spec.
/// </summary>
internal static class JsonDifference
{
    public static string? Find(JsonNode? expected, JsonNode? actual) => Find(expected, actual, "$", orderMatters: false);

    private static string? Find(JsonNode? expected, JsonNode? actual, string path, bool orderMatters)
    {
        switch (expected, actual)
        {
            case (null, null):
                return null;
            case (null, _) or (_, null):
                return Describe(path, expected, actual);
            case (JsonObject expectedObject, JsonObject actualObject):
                return FindInObjects(expectedObject, actualObject, path, orderMatters);
            case (JsonArray expectedArray, JsonArray actualArray):
                if (expectedArray.Count != actualArray.Count)
                {
                    return Describe(path, expected, actual);
                }

                for (var i = 0; i < expectedArray.Count; i++)
                {
                    if (Find(expectedArray[i], actualArray[i], $"{path}[{i}]", orderMatters) is { } difference)
                    {
                        return difference;
                    }
                }

                return null;
            case (JsonValue expectedValue, JsonValue actualValue):
                return ValuesEqual(expectedValue, actualValue) ? null : Describe(path, expected, actual);
            default:
                return Describe(path, expected, actual);
        }
    }

    private static string? FindInObjects(JsonObject expected, JsonObject actual, string path, bool orderMatters)
    {
        var expectedKeys = expected.Select(property => property.Key).ToList();
        var actualKeys = actual.Select(property => property.Key).ToList();
        var sameKeys = orderMatters
            ? expectedKeys.SequenceEqual(actualKeys)
            : expectedKeys.Order(StringComparer.Ordinal).SequenceEqual(actualKeys.Order(StringComparer.Ordinal));
        if (!sameKeys)
        {
            return $"{path}: keys differ{(orderMatters ? " (in order)" : string.Empty)}: expected [{string.Join(", ", expectedKeys)}], actual [{string.Join(", ", actualKeys)}]";
        }

        foreach (var key in expectedKeys)
        {
            var childOrderMatters = orderMatters || (key == "data" && path is "$" or "$.result");
            if (Find(expected[key], actual[key], $"{path}.{key}", childOrderMatters) is { } difference)
            {
                return difference;
            }
        }

        return null;
    }

    private static bool ValuesEqual(JsonValue expected, JsonValue actual)
    {
        var expectedKind = expected.GetValueKind();
        var actualKind = actual.GetValueKind();
        if (expectedKind != actualKind)
        {
            return false;
        }

        return expectedKind switch
        {
            JsonValueKind.Number => double.Parse(expected.ToJsonString(), CultureInfo.InvariantCulture)
                == double.Parse(actual.ToJsonString(), CultureInfo.InvariantCulture),
            JsonValueKind.String => expected.GetValue<string>() == actual.GetValue<string>(),
            _ => true,
        };
    }

    private static string Describe(string path, JsonNode? expected, JsonNode? actual) =>
        $"{path}: expected {expected?.ToJsonString() ?? "absent/null"}, actual {actual?.ToJsonString() ?? "absent/null"}";
}
