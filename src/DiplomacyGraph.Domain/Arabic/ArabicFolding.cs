namespace DiplomacyGraph.Domain.Arabic;

/// <summary>
/// Arabic letters folded to one form per letter, so that spellings the sources use
/// interchangeably compare equal.
/// </summary>
/// <remarks>
/// Decisions (see the project README):
/// <list type="bullet">
/// <item>alef with hamza above/below, alef madda, alef wasla → bare alef ا (writers drop the hamza freely);</item>
/// <item>waw with hamza ؤ → و and yeh with hamza ئ → ي (the seat letter stays, the hamza goes);</item>
/// <item>the standalone hamza ء is KEPT: it is a letter of its own, and dropping it would merge
///   words such as شيء ("thing") with the name شي (Xi);</item>
/// <item>taa marbuta ة → ه, alef maqsura ى → ي (both are written either way at word ends);</item>
/// <item>Persian keheh/yeh/heh forms → the Arabic letters (text pasted from other keyboards);</item>
/// <item>Arabic-Indic and extended Arabic-Indic digits → ASCII digits;</item>
/// <item>the presentation forms of Unicode block FE70–FEFF (text extracted from PDFs) → the base letters.</item>
/// </list>
/// </remarks>
internal static class ArabicFolding
{
    private const char Alef = '\u0627';
    private const char Waw = '\u0648';
    private const char Yeh = '\u064A';
    private const char Heh = '\u0647';
    private const char Kaf = '\u0643';

    /// <summary>Tatweel (kashida) only stretches a word on the page.</summary>
    public const char Tatweel = '\u0640';

    private const char FirstPresentationLetter = '\uFE80';

    // Presentation forms FE80..FEF4 run through the base letters in alphabetical order, each with
    // its isolated/final(/initial/medial) forms: (base letter, number of forms).
    private static readonly (char Letter, int Forms)[] PresentationLetterRuns =
    [
        ('\u0621', 1), ('\u0622', 2), ('\u0623', 2), ('\u0624', 2), ('\u0625', 2), ('\u0626', 4),
        ('\u0627', 2), ('\u0628', 4), ('\u0629', 2), ('\u062A', 4), ('\u062B', 4), ('\u062C', 4),
        ('\u062D', 4), ('\u062E', 4), ('\u062F', 2), ('\u0630', 2), ('\u0631', 2), ('\u0632', 2),
        ('\u0633', 4), ('\u0634', 4), ('\u0635', 4), ('\u0636', 4), ('\u0637', 4), ('\u0638', 4),
        ('\u0639', 4), ('\u063A', 4), ('\u0641', 4), ('\u0642', 4), ('\u0643', 4), ('\u0644', 4),
        ('\u0645', 4), ('\u0646', 4), ('\u0647', 4), ('\u0648', 2), ('\u0649', 2), ('\u064A', 4),
    ];

    private static readonly char[] PresentationLetters = ExpandPresentationLetters();

    /// <summary>The lam-alef ligatures FEF5..FEFC, in any hamza/madda form.</summary>
    public const string LamAlef = "\u0644\u0627";

    /// <summary>
    /// True for marks that are dropped inside a word: harakat, tanween, shadda, sukun, the
    /// superscript alef, Quranic annotation signs, tatweel and the small waw/yeh.
    /// </summary>
    public static bool IsIgnorableMark(int codePoint) =>
        codePoint == Tatweel
        || codePoint is >= 0x0610 and <= 0x061A
        || codePoint is >= 0x064B and <= 0x065F
        || codePoint == 0x0670
        || codePoint is >= 0x06D6 and <= 0x06ED
        || codePoint is >= 0xFE70 and <= 0xFE7F;

    /// <summary>True for the two lam-alef ligature pairs' code points.</summary>
    public static bool IsLamAlefLigature(int codePoint) => codePoint is >= 0xFEF5 and <= 0xFEFC;

    /// <summary>The folded letter or digit for an Arabic-script code point, or null when it is kept as is.</summary>
    public static char? Fold(int codePoint)
    {
        if (codePoint is >= 0x0660 and <= 0x0669)
        {
            return (char)('0' + (codePoint - 0x0660));
        }

        if (codePoint is >= 0x06F0 and <= 0x06F9)
        {
            return (char)('0' + (codePoint - 0x06F0));
        }

        if (codePoint >= FirstPresentationLetter && codePoint < FirstPresentationLetter + PresentationLetters.Length)
        {
            var letter = PresentationLetters[codePoint - FirstPresentationLetter];
            return FoldLetter(letter) ?? letter;
        }

        return FoldLetter((char)codePoint);
    }

    private static char? FoldLetter(char c) => c switch
    {
        '\u0622' or '\u0623' or '\u0625' or '\u0671' or '\u0672' or '\u0673' or '\u0675' => Alef,
        '\u0624' => Waw,
        '\u0626' or '\u0649' or '\u06CC' or '\u06D0' => Yeh,
        '\u0629' or '\u06BE' or '\u06C0' or '\u06C1' or '\u06D5' => Heh,
        '\u06A9' or '\u06AA' => Kaf,
        _ => null,
    };

    private static char[] ExpandPresentationLetters()
    {
        var letters = new List<char>();
        foreach (var (letter, forms) in PresentationLetterRuns)
        {
            letters.AddRange(Enumerable.Repeat(letter, forms));
        }

        return [.. letters];
    }
}
