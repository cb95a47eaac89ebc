using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Synthetic;

/// <summary>
/// The relationships of a synthetic graph: every type of <c>relationship-types.yaml</c> between the label
/// pairs it allows, plus MENTIONS (its per-article count is set by the scale). At one million entities
/// the plans make about five million relationships; skew 3 or 4 makes the first countries, events and
/// organizations hubs of 10k–100k relationships.
/// </summary>
public static class SyntheticPlans
{
    private const string Country = EntityLabels.Country;
    private const string Subdivision = EntityLabels.Subdivision;
    private const string City = EntityLabels.City;
    private const string Person = EntityLabels.Person;
    private const string Organization = EntityLabels.Organization;
    private const string Agreement = EntityLabels.Agreement;
    private const string Event = EntityLabels.Event;
    private const string Statistic = EntityLabels.Statistic;
    private const string Article = EntityLabels.Article;

    public static IReadOnlyList<RelationshipPlan> All { get; } =
    [
        new("LOCATED_IN", City, [(Subdivision, 0.7), (Country, 0.3)], 1.0, 3),
        new("LOCATED_IN", Subdivision, [(Country, 0.9), (Subdivision, 0.1)], 1.0, 3),
        new("CAPITAL_OF", City, [(Subdivision, 0.99), (Country, 0.01)], 0.25, 1),
        new("NEAR", City, [(City, 1)], 0.5, 1.5),
        new("TWINNED_WITH", City, [(City, 0.9), (Subdivision, 0.1)], 0.45, 2),
        new("TWINNED_WITH", Subdivision, [(Subdivision, 1)], 0.3, 2),
        new("HOLDS_OFFICE", Person, [(Country, 0.3), (Organization, 0.4), (City, 0.2), (Subdivision, 0.1)], 1.0, 3),
        new("DIPLOMATIC_RELATIONS", Country, [(Country, 1)], 20, 1),
        new("PARTNERSHIP", Country, [(Country, 0.8), (Organization, 0.2)], 5, 2),
        new("LARGEST_TRADING_PARTNER", Country, [(Country, 0.8), (Organization, 0.2)], 2, 3),
        new("SUPPORTS", Country, [(Country, 0.5), (Organization, 0.5)], 10, 2),
        new("SUPPORTS", Organization, [(Country, 1)], 0.02, 2),
        new("ACCESSION_TO", Country, [(Organization, 1)], 3, 3),
        new("MEMBER_OF", Country, [(Organization, 1)], 50, 4),
        new("MEMBER_OF", Organization, [(Organization, 1)], 0.5, 4),
        new("MEMBER_OF", City, [(Organization, 1)], 0.6, 4),
        new("MEMBER_OF", Subdivision, [(Organization, 1)], 0.5, 4),
        new("COOPERATES_WITHIN", Country, [(Organization, 1)], 20, 2),
        new("PARTY_TO", Country, [(Agreement, 1)], 200, 2),
        new("PARTY_TO", Organization, [(Agreement, 1)], 1.0, 3),
        new("PARTY_TO", Person, [(Agreement, 1)], 0.5, 3),
        new("PARTY_TO", City, [(Agreement, 1)], 0.3, 3),
        new("PARTY_TO", Subdivision, [(Agreement, 1)], 0.3, 3),
        new("PARTICIPATED_IN", Person, [(Event, 1)], 2.5, 3),
        new("PARTICIPATED_IN", Country, [(Event, 1)], 400, 2),
        new("PARTICIPATED_IN", Organization, [(Event, 1)], 2.0, 3),
        new("PARTICIPATED_IN", City, [(Event, 1)], 1.0, 3),
        new("PARTICIPATED_IN", Subdivision, [(Event, 1)], 1.0, 3),
        new("HELD_IN", Event, [(City, 0.6), (Country, 0.25), (Subdivision, 0.15)], 1.0, 3),
        new("PART_OF", Event, [(Event, 0.6), (Organization, 0.4)], 0.6, 3),
        new("PART_OF", Organization, [(Organization, 1)], 0.3, 3),
        new("PART_OF", Agreement, [(Organization, 1)], 0.3, 3),
        new("PRODUCED", Event, [(Agreement, 0.7), (Organization, 0.3)], 0.4, 1),
        new("SCHEDULED", Event, [(Event, 1)], 0.2, 1),
        new("ADVANCES", Event, [(Agreement, 1)], 0.3, 3),
        new("ADVANCES", Agreement, [(Agreement, 1)], 0.3, 3),
        new("DRAWS_ON", Agreement, [(Agreement, 1)], 0.2, 2),
        new("ALIGNED_WITH", Agreement, [(Agreement, 0.5), (Organization, 0.3), (Country, 0.2)], 0.4, 2),
        new("BASED_IN", Organization, [(Country, 0.5), (City, 0.4), (Subdivision, 0.1)], 1.0, 3),
        new("GOVERNS", Organization, [(Subdivision, 0.5), (City, 0.4), (Country, 0.1)], 0.2, 1),
        new("ABOUT", Statistic, [(Country, 0.4), (City, 0.2), (Organization, 0.1), (Person, 0.1), (Event, 0.1), (Agreement, 0.05), (Subdivision, 0.05)], 1.0, 3),
        new("WROTE", Person, [(Article, 1)], 0.005, 1),
        new("PUBLISHED", Organization, [(Article, 1)], 0.01, 1),
        new("MENTIONS", Article, [(Country, 0.02), (Subdivision, 0.05), (City, 0.2), (Person, 0.25), (Organization, 0.1), (Agreement, 0.08), (Event, 0.2), (Statistic, 0.1)], 0, 2),
    ];
}
