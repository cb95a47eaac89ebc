using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text.Json;

namespace DiplomacyGraph.Differential.Tests;

/// <summary>
/// Thousands of generated queries (filters with every operator, and/or/not, some/none/all over lists and
/// relationships with edge properties, orders, every paging combination, totalCount, nested connections)
/// through the API over HTTP, each answer compared with a straightforward evaluation in C# over a dump of
/// the same graph (<see cref="ReferenceAnswer"/>). Any disagreement fails with the query, its variables and
/// both answers.
/// </summary>
public sealed class GeneratedQueryTests(GeneratedGraphFixture fixture) : IClassFixture<GeneratedGraphFixture>
{
    /// <summary>
    /// 500 in the default run (about two minutes on a shared 2-core machine); set
    /// DIPLOMACYGRAPH_DIFFERENTIAL_QUERIES for thousands on demand (a seed of its own: DIPLOMACYGRAPH_DIFFERENTIAL_SEED).
    /// </summary>
    private static readonly int Queries = int.TryParse(Environment.GetEnvironmentVariable("DIPLOMACYGRAPH_DIFFERENTIAL_QUERIES"), out var count) ? count : 500;
    private static readonly int QuerySeed = int.TryParse(Environment.GetEnvironmentVariable("DIPLOMACYGRAPH_DIFFERENTIAL_SEED"), out var seed) ? seed : 2026;

    [Fact]
    public void The_generated_graph_has_every_relationship_type_of_the_schema()
    {
        var types = fixture.Graph.Relationships.Select(relationship => relationship.Type).ToHashSet(StringComparer.Ordinal);
        var schema = DiplomacyGraph.Host.Api.ApiSchemaFile.ReadSdl();
        var declared = System.Text.RegularExpressions.Regex.Matches(schema, "@relationship\\(type: \"([A-Z_]+)\"")
            .Select(match => match.Groups[1].Value).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(declared);
        Assert.Empty(declared.Except(types));
    }

    [Fact]
    public async Task Generated_queries_agree_with_the_reference_evaluation()
    {
        var generator = new QueryGenerator(fixture.Graph, QuerySeed);
        var cases = Enumerable.Range(0, Queries).Select(generator.Generate).ToList();
        var disagreements = new ConcurrentBag<string>();
        var nonEmpty = 0;
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(60) };
        await Parallel.ForEachAsync(cases, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (query, cancellationToken) =>
        {
            var text = QueryDocument.Text(query);
            var variables = QueryDocument.Variables(query);
            var expected = ReferenceAnswer.Json(query, fixture.Graph);
            using var response = await http.PostAsJsonAsync(fixture.Endpoint, new { query = text, variables }, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            using var json = JsonDocument.Parse(body);
            var actual = json.RootElement.TryGetProperty("errors", out _) || !json.RootElement.TryGetProperty("data", out var data)
                ? body
                : JsonSerializer.Serialize(data);
            if (actual != expected)
            {
                disagreements.Add($"query: {text}\nvariables: {JsonSerializer.Serialize(variables)}\nexpected: {expected}\nactual:   {actual}");
            }
            else if (!expected.Contains("\"edges\":[]", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref nonEmpty);
            }
        });

        Assert.True(disagreements.IsEmpty, $"{disagreements.Count} of {Queries} queries disagree with the reference; the first five:\n\n" +
            string.Join("\n\n", disagreements.Take(5)));
        // The comparison means something only if many pages hold items (and some are empty, which the filters also produce).
        Assert.InRange(nonEmpty, Queries / 3, Queries - (Queries / 20));
    }

    [Fact]
    public void The_generated_queries_use_every_operator_and_quantifier()
    {
        var generator = new QueryGenerator(fixture.Graph, QuerySeed);
        var used = new HashSet<string>(StringComparer.Ordinal);
        foreach (var query in Enumerable.Range(0, Queries).Select(generator.Generate))
        {
            Collect(query.Where, used);
        }

        string[] expected =
        [
            "eq", "neq", "in", "nin", "contains", "startsWith", "endsWith", "gt", "gte", "lt", "lte", "eq null", "neq null",
            "and", "or", "not", "aliases some", "aliases none", "aliases all", "relation some", "relation none", "relation all", "edge",
        ];
        Assert.Empty(expected.Except(used));
    }

    private static void Collect(Filter? filter, HashSet<string> used)
    {
        switch (filter)
        {
            case ScalarFilter scalar:
                used.Add(scalar.Value is null ? scalar.Operator + " null" : scalar.Operator);
                if (scalar.OnEdge)
                {
                    used.Add("edge");
                }

                break;
            case ListScalarFilter list:
                used.Add("aliases " + list.Quantifier);
                used.Add(list.Operator);
                break;
            case RelationFilter relation:
                used.Add("relation " + relation.Quantifier);
                Collect(relation.Inner, used);
                break;
            case AndFilter and:
                used.Add("and");
                and.Parts.ToList().ForEach(part => Collect(part, used));
                break;
            case OrFilter or:
                used.Add("or");
                or.Parts.ToList().ForEach(part => Collect(part, used));
                break;
            case NotFilter not:
                used.Add("not");
                Collect(not.Inner, used);
                break;
            case MergedFilter merged:
                Collect(merged.First, used);
                Collect(merged.Second, used);
                break;
        }
    }
}
