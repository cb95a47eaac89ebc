namespace DiplomacyGraph.Domain.Mentions;

/// <summary>
/// A place in a text where a name of one or more entities occurs. <see cref="Start"/> and
/// <see cref="End"/> are offsets into the original text and cover the name without the clitic
/// prefixes it was written with ("بالصين" → the span of "الصين").
/// </summary>
/// <param name="EntityIds">The entities that carry the matched name; more than one only when the name is ambiguous.</param>
/// <param name="Key">The normalized name that matched.</param>
public sealed record Mention(IReadOnlyList<string> EntityIds, int Start, int End, string Key);
