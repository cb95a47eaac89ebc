using System.Diagnostics;
using System.Net;
using static DiplomacyGraph.GraphQL.AspNetCore.Tests.HttpExchange;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>A request that outlives <see cref="GraphQLHttpOptions.RequestTimeout"/> is cancelled and answered with REQUEST_TIMEOUT.</summary>
public sealed class RequestTimeoutTests
{
    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.GatewayTimeout)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Cancels_a_request_that_runs_past_the_timeout(string accept, HttpStatusCode status)
    {
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { RequestTimeout = TimeSpan.FromMilliseconds(300) });
        var clock = Stopwatch.StartNew();

        var response = await PostJsonAsync(server.Client, new { query = "{ hello slow(milliseconds: 20000) }" }, accept);

        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(15), $"The request took {clock.Elapsed}; the resolver was not cancelled.");
        Assert.Equal(status, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(GraphQLHttpErrorCodes.RequestTimeout, response.FirstErrorCode);
        Assert.Equal("The request took longer than the 0.3 s allowed and was cancelled.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Lets_a_request_within_the_timeout_finish()
    {
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { RequestTimeout = TimeSpan.FromSeconds(20) });

        var response = await PostJsonAsync(server.Client, new { query = "{ slow(milliseconds: 10) }" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("done", response.JsonBody.GetProperty("data").GetProperty("slow").GetString());
    }
}
