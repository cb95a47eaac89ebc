using System.Net;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests;

/// <summary>Reads are public; mutations need the configured key in <c>X-Api-Key</c>, and nothing is written without it.</summary>
[Collection(ApiCollection.Name)]
public sealed class MutationAuthorizationTests(ApiFixture fixture)
{
    private const string Create = """
        mutation { createEntity(input: {label: City, name: "Unauthorised City", evidence: ["001_b4110a3c5ae23741:0-50"]}) { id } }
        """;

    [Fact]
    public async Task A_mutation_without_the_key_is_refused_with_401_and_writes_nothing()
    {
        var before = await CountAsync();
        var response = await fixture.Api.PostAsync(Create);
        Assert.Equal(HttpStatusCode.Unauthorized, response.Status);
        Assert.Equal("Mutations need the API key in the X-Api-Key header.", Assert.Single(response.Errors));
        Assert.Equal("API_KEY_REQUIRED", response.FirstErrorCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_mutation_with_a_wrong_key_is_refused_with_403_and_writes_nothing()
    {
        var before = await CountAsync();
        var response = await fixture.Api.PostAsync(Create, apiKey: "not-the-key");
        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Equal("API_KEY_INVALID", response.FirstErrorCode);
        Assert.Equal(before, await CountAsync());
    }

    [Fact]
    public async Task A_server_without_a_configured_key_refuses_every_mutation()
    {
        await using var app = ApiServer.Build(fixture.Settings with { ApiKey = null });
        await app.StartAsync();
        using var client = new GraphQLClient(ApiServer.EndpointUri(app));
        var before = await CountAsync();

        var response = await client.PostAsync(Create, apiKey: ApiFixture.ApiKey);

        Assert.Equal(HttpStatusCode.Forbidden, response.Status);
        Assert.Contains("Mutations are disabled on this server", Assert.Single(response.Errors), StringComparison.Ordinal);
        Assert.Equal("MUTATIONS_DISABLED", response.FirstErrorCode);
        Assert.Equal(before, await CountAsync());
        await app.StopAsync();
    }

    [Fact]
    public async Task Reads_need_no_key()
    {
        var data = await fixture.Api.QueryAsync("{ countries { totalCount } }");
        Assert.True(data.At("countries.totalCount").GetInt32() > 0);
    }

    private async Task<long> CountAsync() => (await fixture.ColumnAsync<long>("MATCH (n) RETURN count(n)"))[0];
}
