using System.Globalization;
using DiplomacyGraph.Domain.Arabic;
using DiplomacyGraph.Domain.Mentions;

namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// When evidence says what it supports — the one rule for the fact files' validator and for
/// curation: one of the evidence texts names the entity (after normalization and clitic reading,
/// as the mention matcher reads names) by a name, an alias or a phrase of its <c>describedAs</c>;
/// a Statistic is also named by its value written in digits ("284").
/// </summary>
public static class EvidenceNaming
{
    /// <summary>The gazetteer the rule reads names with: each entity by its referring expressions (names, aliases, describedAs).</summary>
    public static Gazetteer GazetteerOf(IEnumerable<(string Id, IEnumerable<string> ReferringExpressions)> entities) =>
        Gazetteer.Build(entities.Select(entity => new GazetteerEntry(entity.Id, [.. entity.ReferringExpressions])));

    /// <param name="value">A Statistic's value, or null.</param>
    public static bool Names(Gazetteer gazetteer, string entityId, string label, object? value, IEnumerable<string> texts)
    {
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Any(text => gazetteer.EntitiesNamedIn(text).Contains(entityId) || NamesValue(label, value, text));
    }

    private static bool NamesValue(string label, object? value, string text)
    {
        if (label != EntityLabels.Statistic || value is not long number)
        {
            return false;
        }

        var digits = number.ToString(CultureInfo.InvariantCulture);
        return TextNormalizer.Tokenize(text).Any(token => token.Text == digits);
    }
}
