using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// A read statement goes to Neo4j's auto-commit endpoint (one request, not ended in Neo4j when cancelled) only once
/// the same compiled statement has proved short; everything else keeps the explicit transaction that a deadline
/// rolls back (<c>StatementTerminationTests</c> shows that ends the statement in Neo4j).
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class QuickStatementTests(ApiFixture fixture)
{
    private static readonly CypherStatement Statement = new("RETURN 1", new Dictionary<string, object?>());

    [Fact]
    public void A_statement_qualifies_after_enough_quick_runs_in_a_row()
    {
        var quick = new QuickStatements();
        for (var run = 0; run < QuickStatements.RunsToQualify; run++)
        {
            Assert.False(quick.IsQuick(Statement));
            quick.Record(Statement, TimeSpan.FromMilliseconds(5));
        }

        Assert.True(quick.IsQuick(Statement));
        Assert.False(quick.IsQuick(Statement with { }), "another instance (compiled again, e.g. from variables) has no history");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void One_slow_or_failed_run_sends_a_statement_back_to_explicit_transactions(bool failed)
    {
        var quick = new QuickStatements();
        for (var run = 0; run < QuickStatements.RunsToQualify; run++)
        {
            quick.Record(Statement, TimeSpan.FromMilliseconds(5));
        }

        quick.Record(Statement, failed ? null : QuickStatements.QuickRun + TimeSpan.FromMilliseconds(1));

        Assert.False(quick.IsQuick(Statement));
        quick.Record(Statement, TimeSpan.FromMilliseconds(5));
        Assert.False(quick.IsQuick(Statement));
    }

    [Fact]
    public async Task A_repeated_query_runs_in_explicit_transactions_until_it_has_proved_short_then_in_one_request()
    {
        // A document no other test sends, so its compiled statement has no history yet.
        var query = $"{{ unique{Guid.NewGuid():N}: cities(where: {{name: {{eq: \"Tacoma\"}}}}) {{ nodes {{ name }} }} }}";
        var observer = new RecordingObserver();
        using (fixture.ApiNeo4j.AddObserver(observer))
        {
            // On this shared machine a run may exceed QuickRun now and then, which rightly restarts the count.
            for (var run = 0; run < 20 && !observer.Executions.Any(execution => execution.AutoCommit); run++)
            {
                var data = await fixture.Api.QueryAsync(query);
                Assert.Equal("Tacoma", data.EnumerateObject().Single().Value.GetProperty("nodes")[0].GetProperty("name").GetString());
            }
        }

        var executions = observer.Executions;
        var first = executions.ToList().FindIndex(execution => execution.AutoCommit);
        Assert.True(first >= QuickStatements.RunsToQualify, $"auto-commit at run {first + 1} of {executions.Count}");
        Assert.All(executions.Take(first).TakeLast(QuickStatements.RunsToQualify), execution => Assert.True(execution.Elapsed <= QuickStatements.QuickRun));
    }

    [Fact]
    public async Task A_query_compiled_from_variables_always_runs_in_an_explicit_transaction()
    {
        var observer = new RecordingObserver();
        using (fixture.ApiNeo4j.AddObserver(observer))
        {
            for (var run = 0; run <= QuickStatements.RunsToQualify + 1; run++)
            {
                await fixture.Api.QueryAsync("query ($name: String!) { cities(where: {name: {eq: $name}}) { nodes { name } } }", new { name = "Tacoma" });
            }
        }

        Assert.All(observer.Executions, execution => Assert.False(execution.AutoCommit));
    }
}
