using System.Globalization;
using System.Text;

namespace DiplomacyGraph.Domain.Arabic;

/// <summary>
/// The one normalization used wherever names are compared: fact validation, the mention matcher,
/// the match keys stored on nodes and the API's search. Both sides of a comparison must pass
/// through it, so it is public and has no options.
/// </summary>
/// <remarks>
/// What it does, per character: drops Arabic diacritics (harakat, tanween, shadda, sukun,
/// superscript alef), tatweel, combining marks and invisible format characters (ZWNJ, RLM, BOM);
/// folds Arabic letter variants (<see cref="ArabicFolding"/>) and accented Latin letters
/// (<see cref="LatinFolding"/>); lower-cases; turns every other character (punctuation, symbols,
/// spaces of any kind) into a word break. Words are runs of letters and digits. It never strips
/// suffixes or prefixes: clitics are handled at matching time by <see cref="CliticReadings"/>.
/// </remarks>
public static class TextNormalizer
{
    /// <summary>The normalized words of <paramref name="text"/> joined by single spaces.</summary>
    public static string Normalize(string text) => string.Join(' ', Tokenize(text).Select(token => token.Text));

    /// <summary>The normalized words of <paramref name="text"/>, each with its place in the original text.</summary>
    public static IReadOnlyList<NormalizedToken> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new List<NormalizedToken>();
        var word = new StringBuilder();
        var characterStarts = new List<int>();
        var wordStart = -1;
        var wordEnd = -1;

        void FinishWord()
        {
            if (word.Length > 0)
            {
                tokens.Add(new NormalizedToken(word.ToString(), wordStart, wordEnd, [.. characterStarts]));
            }

            word.Clear();
            characterStarts.Clear();
            wordStart = -1;
        }

        void Append(string folded, int offset, int end)
        {
            if (wordStart < 0)
            {
                wordStart = offset;
            }

            foreach (var c in folded)
            {
                word.Append(c);
                characterStarts.Add(offset);
            }

            wordEnd = end;
        }

        var index = 0;
        while (index < text.Length)
        {
            Rune.DecodeFromUtf16(text.AsSpan(index), out var rune, out var consumed);
            var end = index + consumed;
            var folded = Fold(rune);
            if (folded is null)
            {
                FinishWord();
            }
            else if (folded.Length == 0)
            {
                // A mark belongs to the letter before it: it extends the word but adds nothing.
                if (wordStart >= 0)
                {
                    wordEnd = end;
                }
            }
            else
            {
                Append(folded, index, end);
            }

            index = end;
        }

        FinishWord();
        return tokens;
    }

    /// <summary>
    /// The normalized form of one character: its folded letters, an empty string when it is
    /// dropped inside a word, or null when it breaks words.
    /// </summary>
    private static string? Fold(Rune rune)
    {
        var codePoint = rune.Value;
        if (ArabicFolding.IsIgnorableMark(codePoint))
        {
            return string.Empty;
        }

        var category = Rune.GetUnicodeCategory(rune);
        if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
        {
            return string.Empty;
        }

        if (ArabicFolding.IsLamAlefLigature(codePoint))
        {
            return ArabicFolding.LamAlef;
        }

        if (codePoint is >= 0x0600 and <= 0x06FF or >= 0xFE70 and <= 0xFEFF && ArabicFolding.Fold(codePoint) is { } arabic)
        {
            return arabic.ToString();
        }

        if (codePoint <= char.MaxValue && LatinFolding.Fold((char)codePoint) is { } latin)
        {
            return latin;
        }

        return Rune.IsLetterOrDigit(rune) ? Rune.ToLowerInvariant(rune).ToString() : null;
    }
}
