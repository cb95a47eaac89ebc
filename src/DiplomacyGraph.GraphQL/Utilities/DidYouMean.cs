namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>graphql-js's <c>didYouMean</c>: " Did you mean "A", "B", or "C"?" with at most five suggestions, or "" when there are none.</summary>
public static class DidYouMean
{
    private const int MaxSuggestions = 5;

    public static string Format(IReadOnlyList<string> suggestions) => Format(null, suggestions);

    /// <param name="subMessage">Words naming what is suggested, e.g. "the enum value".</param>
    public static string Format(string? subMessage, IReadOnlyList<string> suggestions)
    {
        if (suggestions.Count == 0)
        {
            return string.Empty;
        }

        var message = subMessage is null ? " Did you mean " : " Did you mean " + subMessage + " ";
        if (suggestions.Count == 1)
        {
            return message + Quote(suggestions[0]) + "?";
        }

        if (suggestions.Count == 2)
        {
            return message + Quote(suggestions[0]) + " or " + Quote(suggestions[1]) + "?";
        }

        var count = Math.Min(MaxSuggestions, suggestions.Count);
        var builder = new System.Text.StringBuilder(message);
        for (var i = 0; i < count - 1; i++)
        {
            builder.Append(Quote(suggestions[i])).Append(", ");
        }

        return builder.Append("or ").Append(Quote(suggestions[count - 1])).Append('?').ToString();
    }

    private static string Quote(string value) => "\"" + value + "\"";
}
