using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Synthetic;

namespace DiplomacyGraph.Scale;

/// <summary>
/// The costliest requests the API's default limits still allow (issue 8's calibration): nested
/// connections near the cost limit, relationship filters at the deepest nesting allowed,
/// <c>nodes(ids:)</c> at its maximum, <c>neighborhood</c>, <c>path</c> and <c>search</c> at their
/// bounds. On the million-entity graph each must finish well inside the 30 s request timeout; the
/// bench prints each request's cost as the API measured it.
/// </summary>
public static class CostLimitShapes
{
    private static readonly string HubCountry = SyntheticGraph.Id(EntityLabels.Country, 0);
    private static readonly string City = SyntheticGraph.Id(EntityLabels.City, 1234);
    private static readonly string Person = SyntheticGraph.Id(EntityLabels.Person, 4321);

    public static IReadOnlyList<BenchmarkShape> All { get; } =
    [
        new("limits: articles(first: 500) → mentions(first: 500)", """
            { articles(first: 500) { nodes { id mentions(first: 500) { nodes { id } } } } }
            """, BenchmarkShape.With()),
        new("limits: articles(first: 500) → mentions(first: 1) (cheap by cost, every mention read on 3.x)", """
            { articles(first: 500) { nodes { id mentions(first: 1) { nodes { id } } } } }
            """, BenchmarkShape.With()),
        new("limits: articles(first: 100) → mentions(first: 100)", """
            { articles(first: 100) { nodes { id mentions(first: 100) { nodes { id } } } } }
            """, BenchmarkShape.With()),
        new("limits: countries(first: 100) → contains(first: 50) → contains(first: 50)", """
            { countries(first: 100) { nodes { id contains(first: 50) { nodes { id contains(first: 50) { nodes { id } } } } } } }
            """, BenchmarkShape.With()),
        new("limits: four nested connections of 25", """
            { entities(first: 25) { nodes { mentionedIn(first: 25) { nodes { mentions(first: 25) { nodes { mentionedIn(first: 25) { nodes { id } } } } } } } } }
            """, BenchmarkShape.With()),
        new("limits: nodes(ids: 500 places) → contains(first: 500)", """
            query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Place { contains(first: 500) { nodes { id } } } } }
            """, BenchmarkShape.With(("ids", PlaceIds(500)))),
        new("limits: relationship filter, one level", """
            query ($id: ID!) { entities(first: 10, where: {mentionedIn: {some: {id: {eq: $id}}}}) { totalCount nodes { id } } }
            """, BenchmarkShape.With(("id", SyntheticGraph.Id(EntityLabels.Article, 1)))),
        new("limits: relationship filter, two levels", """
            query ($id: ID!) { entities(first: 10, where: {mentionedIn: {some: {mentions: {some: {id: {eq: $id}}}}}}) { totalCount nodes { id } } }
            """, BenchmarkShape.With(("id", City))),
        new("limits: relationship filter, three levels", """
            query ($id: ID!) { entities(first: 10, where: {mentionedIn: {some: {mentions: {some: {mentionedIn: {some: {id: {eq: $id}}}}}}}}) { totalCount nodes { id } } }
            """, BenchmarkShape.With(("id", SyntheticGraph.Id(EntityLabels.Article, 1)))),
        new("limits: articles(first: 20) → mentions(first: 20)", """
            { articles(first: 20) { nodes { id mentions(first: 20) { nodes { id } } } } }
            """, BenchmarkShape.With()),
        new("limits: node(id: hub country) → contains(first: 500)", """
            query ($id: ID!) { node(id: $id) { id ... on Place { contains(first: 500) { nodes { id } } } } }
            """, BenchmarkShape.With(("id", HubCountry))),
        new("limits: nodes(ids: 500 places) → contains(first: 1)", """
            query ($ids: [ID!]!) { nodes(ids: $ids) { id ... on Place { contains(first: 1) { nodes { id } } } } }
            """, BenchmarkShape.With(("ids", PlaceIds(500)))),
        new("limits: entities(first: 20), everyday", """
            { entities(first: 20) { totalCount nodes { __typename id name } } }
            """, BenchmarkShape.With()),
        new("limits: cities(first: 50) → locatedIn, everyday", """
            { cities(first: 50) { nodes { __typename id name locatedIn { nodes { __typename id name } } } } }
            """, BenchmarkShape.With()),
        new("limits: entities(first: 10, where: name contains) (a scan that checks every node)", """
            { entities(first: 10, where: {name: {contains: "ak"}}) { totalCount nodes { id name } } }
            """, BenchmarkShape.With()),
        new("limits: README example 1 as a normalized cache sends it (the city by id)", """
            query ($id: ID!) { cities(where: {id: {eq: $id}}) { nodes { __typename id name nameAr twins { edges { since node { __typename id name nameAr ... on City { locatedIn { nodes { __typename id name } } } } evidence { quote article { __typename id title publishedOn } } } } } } }
            """, BenchmarkShape.With(("id", City))),
        new("limits: README example 1 by name, as written", """
            { cities(where: {name: {eq: "Tacoma"}}) { nodes { name nameAr twins { edges { since node { name nameAr ... on City { locatedIn { nodes { name } } } } evidence { quote article { title publishedOn } } } } } } }
            """, BenchmarkShape.With()),
        new("limits: README example 2 as a normalized cache sends it", """
            { events(where: {kind: {eq: "summit"}, edition: {eq: 6}}) { nodes { __typename id name startDate heldIn { nodes { __typename id name } } participants(order: [{edge: {role: ASC}}, {name: ASC}]) { totalCount edges { role node { __typename id name nameAr } } } } } }
            """, BenchmarkShape.With()),
        new("limits: README example 4 as a normalized cache sends it", """
            { statistics(where: {id: {startsWith: "statistic-china-us-sister-pairs"}}, order: [{asOf: ASC}]) { nodes { __typename id metric value qualifier asOf sources { __typename id title publisher publishedOn } } } }
            """, BenchmarkShape.With()),
        new("limits: hub neighborhood depth 3, limit 1000", """
            query ($id: ID!) { neighborhood(id: $id, depth: 3, limit: 1000) { nodes { id name } edges { id type source target } } }
            """, BenchmarkShape.With(("id", HubCountry))),
        new("limits: city neighborhood depth 3, limit 1000", """
            query ($id: ID!) { neighborhood(id: $id, depth: 3, limit: 1000) { nodes { id name } edges { id type source target } } }
            """, BenchmarkShape.With(("id", City))),
        new("limits: path maxLength 10 through articles", """
            query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 10, includeArticles: true) { nodes { id } edges { type source target } } }
            """, BenchmarkShape.With(("from", City), ("to", Person))),
        new("limits: path maxLength 10, one sparse type", """
            query ($from: ID!, $to: ID!) { path(from: $from, to: $to, maxLength: 10, types: [NEAR]) { nodes { id } edges { type source target } } }
            """, BenchmarkShape.With(("from", City), ("to", SyntheticGraph.Id(EntityLabels.City, 4321)))),
        new("limits: search, 12 three-letter prefixes, first 100", """
            { search(text: "bak dak fak gak hak jak lak mak nak rak sak tak", first: 100) { score matched entity { id name mentionedIn(first: 5) { nodes { id } } } } }
            """, BenchmarkShape.With()),
    ];

    /// <summary>The first countries, then subdivisions: the places with the most <c>contains</c>.</summary>
    private static List<string> PlaceIds(int count) =>
        [.. Enumerable.Range(0, count).Select(i => i < 250 ? SyntheticGraph.Id(EntityLabels.Country, i) : SyntheticGraph.Id(EntityLabels.Subdivision, i - 250))];
}
