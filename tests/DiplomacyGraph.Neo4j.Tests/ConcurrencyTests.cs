using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class ConcurrencyTests(Neo4jFixture fixture)
{
    [Fact]
    public async Task Thirty_two_concurrent_callers_each_get_their_own_answers()
    {
        await fixture.CleanDatabaseAsync();

        var callers = Enumerable.Range(0, 32).Select(async caller =>
        {
            var parameters = new Dictionary<string, object?> { ["caller"] = (long)caller, ["name"] = $"مستخدم {caller}" };
            await fixture.Client.RunAsync(new Statement("CREATE (:Caller {number: $caller, name: $name})", parameters));
            var read = await fixture.Client.RunAsync(new Statement("MATCH (c:Caller {number: $caller}) RETURN c.name AS name, $caller AS echoed", parameters));
            await using var transaction = await fixture.Client.BeginTransactionAsync();
            var inTransaction = await transaction.RunAsync(new Statement("RETURN $caller * 2 AS doubled", parameters));
            await transaction.CommitAsync();
            return (caller, read.Single(), inTransaction.Single());
        });

        var results = await Task.WhenAll(callers);

        Assert.All(results, result =>
        {
            Assert.Equal($"مستخدم {result.caller}", result.Item2["name"]);
            Assert.Equal((long)result.caller, result.Item2["echoed"]);
            Assert.Equal(result.caller * 2L, result.Item3["doubled"]);
        });
        var count = (await fixture.Client.RunAsync(new Statement("MATCH (c:Caller) RETURN count(c) AS count"))).Single();
        Assert.Equal(32L, count["count"]);
    }
}
