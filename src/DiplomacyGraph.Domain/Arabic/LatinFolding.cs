namespace DiplomacyGraph.Domain.Arabic;

/// <summary>
/// Accented Latin letters folded to their plain lower-case ASCII letters ("Zürich" → "zurich",
/// pinyin "Xī Jìnpíng" → "xi jinping").
/// </summary>
/// <remarks>
/// WHY a table and not <c>string.Normalize(FormKD)</c>: the solution runs with
/// <c>InvariantGlobalization</c> (no ICU), where normalization leaves non-ASCII text unchanged.
/// The table covers Latin-1 Supplement, Latin Extended-A and the pinyin tone letters of
/// Latin Extended-B, which is what names in this domain use; combining marks of already
/// decomposed text are dropped separately.
/// </remarks>
internal static class LatinFolding
{
    private static readonly (char First, char Last, string Folded)[] Ranges =
    [
        ('\u00C0', '\u00C5', "a"), ('\u00C6', '\u00C6', "ae"), ('\u00C7', '\u00C7', "c"),
        ('\u00C8', '\u00CB', "e"), ('\u00CC', '\u00CF', "i"), ('\u00D0', '\u00D0', "d"),
        ('\u00D1', '\u00D1', "n"), ('\u00D2', '\u00D6', "o"), ('\u00D8', '\u00D8', "o"),
        ('\u00D9', '\u00DC', "u"), ('\u00DD', '\u00DD', "y"), ('\u00DE', '\u00DE', "th"),
        ('\u00DF', '\u00DF', "ss"),
        ('\u00E0', '\u00E5', "a"), ('\u00E6', '\u00E6', "ae"), ('\u00E7', '\u00E7', "c"),
        ('\u00E8', '\u00EB', "e"), ('\u00EC', '\u00EF', "i"), ('\u00F0', '\u00F0', "d"),
        ('\u00F1', '\u00F1', "n"), ('\u00F2', '\u00F6', "o"), ('\u00F8', '\u00F8', "o"),
        ('\u00F9', '\u00FC', "u"), ('\u00FD', '\u00FD', "y"), ('\u00FE', '\u00FE', "th"),
        ('\u00FF', '\u00FF', "y"),
        ('\u0100', '\u0105', "a"), ('\u0106', '\u010D', "c"), ('\u010E', '\u0111', "d"),
        ('\u0112', '\u011B', "e"), ('\u011C', '\u0123', "g"), ('\u0124', '\u0127', "h"),
        ('\u0128', '\u0131', "i"), ('\u0132', '\u0133', "ij"), ('\u0134', '\u0135', "j"),
        ('\u0136', '\u0138', "k"), ('\u0139', '\u0142', "l"), ('\u0143', '\u014B', "n"),
        ('\u014C', '\u0151', "o"), ('\u0152', '\u0153', "oe"), ('\u0154', '\u0159', "r"),
        ('\u015A', '\u0161', "s"), ('\u0162', '\u0167', "t"), ('\u0168', '\u0173', "u"),
        ('\u0174', '\u0175', "w"), ('\u0176', '\u0178', "y"), ('\u0179', '\u017E', "z"),
        ('\u017F', '\u017F', "s"),
        ('\u01CD', '\u01CE', "a"), ('\u01CF', '\u01D0', "i"), ('\u01D1', '\u01D2', "o"),
        ('\u01D3', '\u01DC', "u"), ('\u0218', '\u0219', "s"), ('\u021A', '\u021B', "t"),
    ];

    /// <summary>The plain letters for <paramref name="c"/>, or null when it is not an accented Latin letter.</summary>
    public static string? Fold(char c)
    {
        if (c < '\u00C0' || c > '\u021B')
        {
            return null;
        }

        foreach (var (first, last, folded) in Ranges)
        {
            if (c >= first && c <= last)
            {
                return folded;
            }
        }

        return null;
    }
}
