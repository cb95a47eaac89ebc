using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class ErrorTests(Neo4jFixture fixture)
{
    [Fact]
    public async Task A_syntax_error_raises_a_client_exception_with_its_code()
    {
        var error = await Assert.ThrowsAsync<ClientException>(() => fixture.Client.RunAsync(new Statement("RETURN 1 +")));

        Assert.Equal("Neo.ClientError.Statement.SyntaxError", error.Code);
        Assert.StartsWith("Neo.ClientError.Statement.SyntaxError: ", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetriable);
        Assert.Empty(error.PreviousAttempts);
    }

    [Fact]
    public async Task A_unique_id_constraint_violation_raises_a_client_exception_with_its_code()
    {
        await fixture.CleanDatabaseAsync();
        var create = new Statement("CREATE (:Entity:Country {id: $id})", new Dictionary<string, object?> { ["id"] = "country:SA" });
        await fixture.Client.RunAsync(create);

        var error = await Assert.ThrowsAsync<ClientException>(() => fixture.Client.RunAsync(create));

        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        Assert.Contains("country:SA", error.Message, StringComparison.Ordinal);
        Assert.False(error.IsRetriable);
    }

    [Fact]
    public async Task A_failing_statement_undoes_the_earlier_statements_of_its_request()
    {
        await fixture.CleanDatabaseAsync();

        await Assert.ThrowsAsync<ClientException>(() => fixture.Client.RunAsync(
        [
            new Statement("CREATE (:Earlier)"),
            new Statement("RETURN 1 +"),
        ]));

        var count = (await fixture.Client.RunAsync(new Statement("MATCH (n:Earlier) RETURN count(n) AS count"))).Single();
        Assert.Equal(0L, count["count"]);
    }

    [Fact]
    public async Task A_wrong_password_raises_an_unauthorized_client_exception()
    {
        using var client = fixture.Server.CreateClient(options => options with { Password = "not-the-password" });

        var error = await Assert.ThrowsAsync<ClientException>(() => client.RunAsync(new Statement("RETURN 1")));

        Assert.Equal("Neo.ClientError.Security.Unauthorized", error.Code);
    }

    [Fact]
    public void A_bolt_uri_is_refused_with_a_message_that_names_the_http_api()
    {
        var error = Assert.Throws<ArgumentException>(() => new Neo4jClient(new Neo4jClientOptions { Uri = new Uri("bolt://localhost:7687") }));

        Assert.Contains("HTTP API", error.Message, StringComparison.Ordinal);
    }
}
