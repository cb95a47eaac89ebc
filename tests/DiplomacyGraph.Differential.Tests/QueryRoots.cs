namespace DiplomacyGraph.Differential.Tests;

/// <summary>The root connections the differential test queries, with the fields of the schema it filters and orders on.</summary>
public static class QueryRoots
{
    private static readonly ScalarField Id = new("id", FieldKind.Id);
    private static readonly ScalarField Name = new("name", FieldKind.String);
    private static readonly ScalarField NameAr = new("nameAr", FieldKind.String);
    private static readonly ScalarField Description = new("description", FieldKind.String);
    private static readonly ScalarField Kind = new("kind", FieldKind.String);
    private static readonly ScalarField Since = new("since", FieldKind.String);
    private static readonly ScalarField Role = new("role", FieldKind.String);

    private static readonly RelationField LocatedIn = new("locatedIn", "LOCATED_IN", Direction.Out, null, [Id, Name, NameAr], [], UniqueTargets: true);
    private static readonly RelationField Twins = new("twins", "TWINNED_WITH", Direction.Both, null, [Id, Name, NameAr], [Since], UniqueTargets: true);
    private static readonly RelationField ParticipatedIn = new("participatedIn", "PARTICIPATED_IN", Direction.Out, "Event",
        [Id, Name, Kind, new("edition", FieldKind.Int)], [Role, new("date", FieldKind.String)], UniqueTargets: false);
    private static readonly RelationField Participants = new("participants", "PARTICIPATED_IN", Direction.In, null, [Id, Name], [Role], UniqueTargets: false);
    private static readonly RelationField HeldIn = new("heldIn", "HELD_IN", Direction.Out, null, [Id, Name], [], UniqueTargets: true);
    private static readonly RelationField About = new("about", "ABOUT", Direction.Out, null, [Id, Name, NameAr], [], UniqueTargets: true);
    private static readonly RelationField Offices = new("offices", "HOLDS_OFFICE", Direction.Out, null, [Id, Name],
        [new("title", FieldKind.String), Since, new("until", FieldKind.String)], UniqueTargets: true);
    private static readonly RelationField MentionedIn = new("mentionedIn", "MENTIONS", Direction.In, "Article", [Id], [new("count", FieldKind.Int)], UniqueTargets: true);
    private static readonly RelationField Statistics = new("statistics", "ABOUT", Direction.In, "Statistic", [Id, Name, new("metric", FieldKind.String)], [], UniqueTargets: true);
    private static readonly RelationField Members = new("members", "MEMBER_OF", Direction.In, null, [Id, Name], [], UniqueTargets: true);
    private static readonly RelationField BasedIn = new("basedIn", "BASED_IN", Direction.Out, null, [Id, Name], [], UniqueTargets: true);

    public static IReadOnlyList<RootField> All { get; } =
    [
        new("cities", "City", "CityFilterInput", "CitySortInput", [Id, Name, NameAr, Description], true, [LocatedIn, Twins, ParticipatedIn]),
        new("events", "Event", "EventFilterInput", "EventSortInput",
            [Id, Name, NameAr, Kind, new("startDate", FieldKind.String), new("edition", FieldKind.Int), new("virtual", FieldKind.Boolean)], true,
            [Participants, HeldIn]),
        new("statistics", "Statistic", "StatisticFilterInput", "StatisticSortInput",
            [Id, Name, new("metric", FieldKind.String), new("value", FieldKind.Float), new("qualifier", FieldKind.String), new("asOf", FieldKind.String)], false,
            [About]),
        new("people", "Person", "PersonFilterInput", "PersonSortInput", [Id, Name, NameAr, Description], true, [ParticipatedIn, Offices]),
        new("entities", "Entity", "EntityFilterInput", "EntitySortInput", [Id, Name, NameAr, Description], true, [MentionedIn, Statistics]),
        new("organizations", "Organization", "OrganizationFilterInput", "OrganizationSortInput", [Id, Name, Kind], true, [Members, BasedIn]),
    ];
}
