using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Synthetic;

namespace DiplomacyGraph.Scale;

/// <summary>
/// The fixed shapes of the scale benchmark (issue 10): the README's five queries with the synthetic
/// graph's names and ids in place of the seed graph's, node by id three levels deep, a hub's page, search
/// in Arabic and English, neighborhood, path, a name lookup, a filtered and ordered root connection with
/// totalCount, an ordered root page and a deep page. Index 0 of each label is its biggest hub.
/// </summary>
public static class BenchmarkShapes
{
    private static readonly string HubCountry = SyntheticGraph.Id(EntityLabels.Country, 0);
    private static readonly string Country = SyntheticGraph.Id(EntityLabels.Country, 3);
    private static readonly string City = SyntheticGraph.Id(EntityLabels.City, 1234);
    private static readonly string Person = SyntheticGraph.Id(EntityLabels.Person, 4321);

    public static IReadOnlyList<BenchmarkShape> All { get; } =
    [
        new("readme-1 city by name, twins, evidence", """
            query ($name: String!) {
              cities(where: {name: {eq: $name}}) {
                nodes {
                  name nameAr
                  twins { edges { since node { name nameAr ... on City { locatedIn { nodes { name } } } } evidence { quote article { title publishedOn } } } }
                }
              }
            }
            """, BenchmarkShape.With(("name", SyntheticGraph.Name(EntityLabels.City, 1234)))),
        new("readme-2 summits and participants", """
            {
              events(where: {kind: {eq: "summit"}, edition: {eq: 6}}) {
                nodes {
                  name startDate
                  heldIn { nodes { name } }
                  participants(order: [{edge: {role: ASC}}, {name: ASC}]) { totalCount edges { role node { __typename name nameAr } } }
                }
              }
            }
            """, BenchmarkShape.With()),
        new("readme-3 search (Arabic, README text)", """
            { search(text: "والصين", first: 5) { score matched entity { __typename id name nameAr } } }
            """, BenchmarkShape.With()),
        new("readme-4 statistics by id prefix, ordered", """
            query ($prefix: String!) {
              statistics(where: {id: {startsWith: $prefix}}, order: [{asOf: ASC}]) {
                nodes { metric value qualifier asOf sources { title publisher publishedOn } }
              }
            }
            """, BenchmarkShape.With(("prefix", "statistic-s000012"))),
        new("readme-5 neighborhood and path", """
            query ($city: ID!, $person: ID!) {
              neighborhood(id: $city, depth: 2, types: [TWINNED_WITH, LOCATED_IN, HELD_IN]) {
                nodes { id labels name nameAr }
                edges { id type source target sources { title } }
              }
              path(from: $city, to: $person) { nodes { id labels name } edges { type source target } }
            }
            """, BenchmarkShape.With(("city", City), ("person", Person))),
        new("node by id, three nested levels", """
            query ($id: ID!) {
              node(id: $id) {
                ... on Country {
                  name
                  contains(first: 5) { nodes { name ... on Subdivision { contains(first: 5) { nodes { name ... on City { twins(first: 3) { nodes { name } } } } } } } }
                }
              }
            }
            """, BenchmarkShape.With(("id", Country))),
        new("hub country's contains page", """
            query ($id: ID!) {
              node(id: $id) { ... on Country { contains(first: 10) { totalCount edges { cursor node { id name } } } } }
            }
            """, BenchmarkShape.With(("id", HubCountry))),
        new("search in Arabic", """
            query ($text: String!) { search(text: $text, first: 10) { score matched entity { id name } } }
            """, BenchmarkShape.With(("text", SyntheticGraph.ArabicName(EntityLabels.City, 1234)))),
        new("search in English", """
            query ($text: String!) { search(text: $text, first: 10) { score matched entity { id name } } }
            """, BenchmarkShape.With(("text", SyntheticGraph.Name(EntityLabels.Person, 4321)))),
        new("neighborhood depth 2, limit 200", """
            query ($id: ID!) { neighborhood(id: $id, depth: 2, limit: 200) { nodes { id name } edges { id type source target } } }
            """, BenchmarkShape.With(("id", City))),
        new("path", """
            query ($from: ID!, $to: ID!) { path(from: $from, to: $to) { nodes { id } edges { type source target } } }
            """, BenchmarkShape.With(("from", City), ("to", Person))),
        new("name lookup", """
            query ($name: String!) { cities(where: {name: {eq: $name}}) { nodes { id name nameAr } } }
            """, BenchmarkShape.With(("name", SyntheticGraph.Name(EntityLabels.City, 1234)))),
        new("filtered, ordered root page with totalCount", """
            { events(where: {kind: {eq: "summit"}}, order: [{startDate: DESC}], first: 10) { totalCount nodes { id name startDate } } }
            """, BenchmarkShape.With()),
        new("entities ordered by name, page 2", """
            query ($after: String!) { entities(order: [{name: ASC}], first: 20, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }
            """, BenchmarkShape.With(("after", Cursor.Encode(19)))),
        new("cities page 1000 via after", """
            query ($after: String!) { cities(first: 10, after: $after) { nodes { id name } pageInfo { hasNextPage endCursor } } }
            """, BenchmarkShape.With(("after", Cursor.Encode(9_999)))),
    ];
}
