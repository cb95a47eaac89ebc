using System.Globalization;
using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Curation;

/// <summary>
/// Evidence given as the words it quotes from an article: the server finds the quote in the
/// article's text, word by word after Arabic normalization (hamza, taa marbuta, diacritics,
/// tatweel and punctuation do not matter), and turns it into the span <c>articleId:start-end</c>.
/// A quote found nowhere, or in more than one place, is refused.
/// </summary>
public sealed record EvidenceQuote(string Article, string Quote)
{
    /// <summary>The span of the quote's only occurrence; null with a problem added otherwise.</summary>
    internal string? Locate(string owner, string? text, List<string> problems)
    {
        var words = TextNormalizer.Tokenize(Quote);
        if (words.Count == 0)
        {
            problems.Add($"{owner}: the quote from '{Article}' has no words.");
            return null;
        }

        if (text is null)
        {
            problems.Add($"{owner}: the text of article '{Article}' is not in the corpus, so the quote cannot be found in it.");
            return null;
        }

        var tokens = TextNormalizer.Tokenize(text);
        var starts = Enumerable.Range(0, Math.Max(0, tokens.Count - words.Count + 1))
            .Where(start => Enumerable.Range(0, words.Count).All(offset => tokens[start + offset].Text == words[offset].Text))
            .ToList();
        switch (starts.Count)
        {
            case 0:
                problems.Add($"{owner}: the quote '{Shorten(Quote)}' is not in article '{Article}' (compared word by word after normalization).");
                return null;
            case > 1:
                problems.Add($"{owner}: the quote '{Shorten(Quote)}' occurs {starts.Count} times in article '{Article}'; quote more of the sentence so it occurs once.");
                return null;
        }

        var first = tokens[starts[0]];
        var last = tokens[starts[0] + words.Count - 1];
        return string.Create(CultureInfo.InvariantCulture, $"{Article}:{first.Start}-{last.End}");
    }

    private static string Shorten(string quote) => quote.Length <= 60 ? quote : quote[..60] + "…";
}
