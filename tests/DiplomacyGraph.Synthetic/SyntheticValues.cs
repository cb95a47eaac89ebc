using System.Globalization;
using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Synthetic;

/// <summary>
/// The properties of synthetic nodes and relationships beyond names and provenance: the ones the model
/// documents for each label and type, with values from its vocabularies, some left out (as real facts
/// leave them out), and repeats, so filters and orderings meet ties and missing values.
/// </summary>
public static class SyntheticValues
{
    private static readonly string[] SubdivisionKinds = ["province", "state", "county", "region"];
    private static readonly string[] OrganizationKinds = ["government", "ngo", "intergovernmental", "association", "forum", "legislature", "university", "media", "department", "group", "organ", "cultural_centre"];
    private static readonly string[] AgreementKinds = ["treaty", "joint_statement", "declaration", "statement", "programme", "initiative", "agenda", "vision", "twinning", "cooperation_documents"];
    private static readonly string[] EventKinds = ["summit", "conference", "forum", "meeting", "visit", "exchange", "ceremony", "sports", "session", "year", "series", "anniversary"];
    private static readonly string[] Metrics = ["sister_pairs", "trade_volume", "students", "visitors", "investment", "anniversary_years"];
    private static readonly string[] Units = ["pairs", "USD billion", "people", "years"];
    private static readonly string[] Participations = ["host", "organizer", "co_sponsor", "co_host", "speaker", "attendee", "letter", "guest", "visitor", "participant"];
    private static readonly string[] Parties = ["signatory", "initiator", "proposer", "participant", "adopter", "owner"];
    private static readonly string[] Directions = ["north", "south", "east", "west", "northeast", "southwest"];
    private static readonly string[] Levels = ["strategic", "comprehensive strategic", "all-weather"];
    private static readonly string[] Aspects = ["trade", "sovereignty", "development", "culture"];
    private static readonly string[] Titles = ["President", "Mayor", "Minister", "Chairman", "Ambassador", "Governor"];
    private static readonly string[] Publishers = ["Synthetic News", "Example Daily", "Sample Wire"];

    public static void AddEntityProperties(string label, Dictionary<string, object> properties, ref SeededRandom random)
    {
        switch (label)
        {
            case EntityLabels.Subdivision:
                properties["kind"] = random.Pick(SubdivisionKinds);
                break;
            case EntityLabels.Organization:
                properties["kind"] = random.Pick(OrganizationKinds);
                break;
            case EntityLabels.Agreement:
                properties["kind"] = random.Pick(AgreementKinds);
                AddMaybe(properties, "date", Date(ref random), random.Chance(0.7));
                break;
            case EntityLabels.Event:
                properties["kind"] = random.Pick(EventKinds);
                var start = Date(ref random);
                AddMaybe(properties, "startDate", start, random.Chance(0.8));
                AddMaybe(properties, "endDate", start, random.Chance(0.3));
                AddMaybe(properties, "edition", (long)(1 + random.Next(12)), random.Chance(0.4));
                AddMaybe(properties, "theme", $"Theme {random.Next(50)}", random.Chance(0.2));
                AddMaybe(properties, "themeAr", SyntheticNames.ArabicName(random.Next(50)), random.Chance(0.1));
                AddMaybe(properties, "virtual", random.Chance(0.3), random.Chance(0.5));
                break;
            case EntityLabels.Statistic:
                properties["metric"] = random.Pick(Metrics);
                properties["value"] = Math.Round(random.NextDouble() * 1000, 1);
                AddMaybe(properties, "unit", random.Pick(Units), random.Chance(0.8));
                AddMaybe(properties, "qualifier", random.Pick(EntityLabels.Qualifiers), random.Chance(0.7));
                AddMaybe(properties, "asOf", Date(ref random), random.Chance(0.9));
                break;
        }
    }

    public static void AddArticleProperties(int index, Dictionary<string, object> properties, ref SeededRandom random)
    {
        properties["title"] = string.Create(CultureInfo.InvariantCulture, $"Synthetic article {index}");
        AddMaybe(properties, "titleAr", SyntheticNames.ArabicName(index), random.Chance(0.7));
        properties["publisher"] = random.Pick(Publishers);
        properties["publishedOn"] = Date(ref random, monthly: true);
        AddMaybe(properties, "dateline", SyntheticNames.English(index), random.Chance(0.5));
        properties["url"] = string.Create(CultureInfo.InvariantCulture, $"https://example.org/articles/{index}");
        AddMaybe(properties, "author", SyntheticNames.English(index + 7), random.Chance(0.5));
        properties["language"] = "ar";
    }

    public static void AddRelationshipProperties(string type, Dictionary<string, object> properties, ref SeededRandom random)
    {
        switch (type)
        {
            case "NEAR":
                properties["distanceKm"] = (double)(5 + random.Next(300));
                AddMaybe(properties, "qualifier", random.Pick(EntityLabels.Qualifiers), random.Chance(0.8));
                AddMaybe(properties, "direction", random.Pick(Directions), random.Chance(0.7));
                break;
            case "TWINNED_WITH" or "DIPLOMATIC_RELATIONS":
                AddMaybe(properties, "since", Date(ref random), random.Chance(0.7));
                break;
            case "HOLDS_OFFICE":
                var title = random.Pick(Titles);
                properties["title"] = title;
                AddMaybe(properties, "titleAr", SyntheticNames.ArabicName(Array.IndexOf(Titles, title)), random.Chance(0.5));
                AddMaybe(properties, "since", Date(ref random), random.Chance(0.5));
                AddMaybe(properties, "until", Date(ref random), random.Chance(0.2));
                break;
            case "PARTNERSHIP":
                var level = random.Pick(Levels);
                properties["level"] = level;
                AddMaybe(properties, "levelAr", SyntheticNames.ArabicName(Array.IndexOf(Levels, level)), random.Chance(0.5));
                AddMaybe(properties, "since", Date(ref random), random.Chance(0.6));
                break;
            case "SUPPORTS" or "ALIGNED_WITH":
                AddMaybe(properties, "aspect", random.Pick(Aspects), random.Chance(0.7));
                break;
            case "PARTY_TO":
                properties["role"] = random.Pick(Parties);
                AddMaybe(properties, "first", true, random.Chance(0.05));
                break;
            case "PARTICIPATED_IN":
                properties["role"] = random.Pick(Participations);
                AddMaybe(properties, "date", Date(ref random), random.Chance(0.1));
                AddMaybe(properties, "representedBy", random.Pick(Titles), random.Chance(0.05));
                break;
            case "PUBLISHED":
                properties["role"] = random.Chance(0.8) ? "publisher" : "distributor";
                break;
            case "MENTIONS":
                properties["count"] = (long)(1 + random.Skewed(8, 2));
                break;
        }
    }

    /// <summary>An ISO-8601 date at the precision known: a year, a month or a day.</summary>
    private static string Date(ref SeededRandom random, bool monthly = false)
    {
        var year = 1950 + random.Next(75);
        return (monthly ? 1 : random.Next(3)) switch
        {
            0 => year.ToString(CultureInfo.InvariantCulture),
            1 => string.Create(CultureInfo.InvariantCulture, $"{year}-{1 + random.Next(12):D2}"),
            _ => string.Create(CultureInfo.InvariantCulture, $"{year}-{1 + random.Next(12):D2}-{1 + random.Next(28):D2}"),
        };
    }

    private static void AddMaybe(Dictionary<string, object> properties, string name, object value, bool present)
    {
        if (present)
        {
            properties[name] = value;
        }
    }
}
