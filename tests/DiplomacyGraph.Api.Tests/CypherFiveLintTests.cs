using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;
using DiplomacyGraph.Neo4j.Schema;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// The Cypher the project ships for Neo4j 5 lints clean with Neo4j's Cypher 5 linter: the 5.x schema
/// and the analyst questions. (Every statement the API emits during the test run is linted by
/// <see cref="ApiFixture"/> when the run ends; a dirty one fails the run.)
/// </summary>
public sealed class CypherFiveLintTests
{
    [Fact]
    public async Task The_five_x_schema_and_the_analyst_queries_lint_clean()
    {
        var cypher = Path.Combine(RepositoryPaths.Root, "cypher");
        var schema = Path.Combine(cypher, "schema", "5.x.cypher");
        var statements = SchemaScript.Parse(await File.ReadAllTextAsync(schema))
            .Select(text => new LintedStatement("cypher/schema/5.x.cypher", text, new Dictionary<string, object?>()))
            .Concat(Directory.GetFiles(Path.Combine(cypher, "queries"), "*.cypher").Order(StringComparer.Ordinal)
                .Select(file => new LintedStatement("cypher/queries/" + Path.GetFileName(file), File.ReadAllText(file), null)))
            .ToList();
        Assert.True(statements.Count >= 40, $"Only {statements.Count} statements found under {cypher}.");

        var report = await CypherFiveLint.AssertCleanAsync(statements);

        Assert.Contains($"{statements.Count} statements linted as Cypher 5; 0 with diagnostics.", report, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_linter_refuses_what_cypher_5_removed()
    {
        LintedStatement[] removed =
        [
            new("3.x property existence", "MATCH (n) WHERE exists(n.name) RETURN n", new Dictionary<string, object?>()),
            new("3.x DDL", "CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE", new Dictionary<string, object?>()),
        ];

        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => CypherFiveLint.AssertCleanAsync(removed));

        Assert.Contains("2 statements linted as Cypher 5; 2 with diagnostics.", failure.Message, StringComparison.Ordinal);
    }
}
