namespace DiplomacyGraph.Domain.Arabic;

/// <summary>
/// One word of a text after normalization, with the place it came from in the original text.
/// </summary>
/// <param name="Text">The normalized word (letters and digits only, folded).</param>
/// <param name="Start">UTF-16 offset of the word's first character in the original text.</param>
/// <param name="End">UTF-16 offset just past the word's last character in the original text.</param>
/// <param name="CharacterStarts">
/// For each character of <paramref name="Text"/>, the offset in the original text it came from;
/// lets a match that skips a clitic prefix report the span of the name alone.
/// </param>
public sealed record NormalizedToken(string Text, int Start, int End, IReadOnlyList<int> CharacterStarts)
{
    /// <summary>The offset in the original text of the normalized character at <paramref name="index"/>.</summary>
    public int OriginalOffsetOf(int index) => index < CharacterStarts.Count ? CharacterStarts[index] : End;
}
