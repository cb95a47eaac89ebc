using System.Globalization;

namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// The identity of a relation: its type, its endpoints (in id order for a symmetric type, which
/// is stored once whichever way it is written) and its role, if any — the same person may be
/// host and speaker of one event. Two entries with one identity are one fact written twice; the
/// loader stores the identity as the relationship's <c>id</c> and merges on it.
/// </summary>
public sealed record RelationIdentity(string Type, string From, string To, string? Role)
{
    public static RelationIdentity Of(RelationFact relation, bool symmetric)
    {
        ArgumentNullException.ThrowIfNull(relation);
        var (from, to) = symmetric && string.CompareOrdinal(relation.From, relation.To) > 0
            ? (relation.To, relation.From)
            : (relation.From, relation.To);
        var role = relation.Property("role")?.Value is string text ? text : null;
        return new RelationIdentity(relation.Type, from, to, role);
    }

    /// <summary>The id stored on the relationship, e.g. <c>TWINNED_WITH:city-fuzhou:city-tacoma</c>.</summary>
    public string Id => Role is null
        ? string.Create(CultureInfo.InvariantCulture, $"{Type}:{From}:{To}")
        : string.Create(CultureInfo.InvariantCulture, $"{Type}:{From}:{To}:{Role}");
}
