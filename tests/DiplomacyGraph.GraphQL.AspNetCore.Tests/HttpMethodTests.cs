using System.Net;
using static DiplomacyGraph.GraphQL.AspNetCore.Tests.HttpExchange;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>https://graphql.github.io/graphql-over-http/draft/#sec-GET — queries over GET and POST, mutations over POST only.</summary>
public sealed class HttpMethodTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Refuses_a_mutation_over_GET_with_405_and_Allow_POST(string accept)
    {
        var response = await GetAsync(Client, Query("""mutation { renameCountry(code: "EG", name: "Egypt") { name } }"""), accept);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["POST"], response.Allow);
        Assert.Equal(GraphQLHttpErrorCodes.MethodNotAllowed, response.FirstErrorCode);
        Assert.Equal("A mutation cannot be sent with GET; use POST.", response.FirstErrorMessage);
    }

    [Fact]
    public async Task Refuses_the_mutation_a_GET_names_among_several_operations()
    {
        var response = await GetAsync(Client, Query("""query Q { hello } mutation M { renameCountry(code: "EG", name: "X") { name } }""", operationName: "M"));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
    }

    [Fact]
    public async Task Runs_the_query_a_GET_names_beside_a_mutation()
    {
        var response = await GetAsync(Client, Query("""query Q { hello } mutation M { renameCountry(code: "EG", name: "X") { name } }""", operationName: "Q"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Runs_a_mutation_over_POST()
    {
        var response = await PostJsonAsync(Client, new { query = """mutation { renameCountry(code: "EG", name: "Egypt") { code name } }""" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Egypt", response.JsonBody.GetProperty("data").GetProperty("renameCountry").GetProperty("name").GetString());
    }

    [Theory]
    [InlineData("PUT")]
    [InlineData("DELETE")]
    [InlineData("PATCH")]
    public async Task Refuses_other_methods_with_405_and_Allow_GET_POST(string method)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), Query("{ hello }"));

        var response = await SendAsync(Client, request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.Status);
        Assert.Equal(["GET", "POST"], response.Allow);
    }

    [Fact]
    public async Task Answers_at_the_endpoint_path_written_with_a_trailing_slash()
    {
        var endpoint = fixture.Server.Endpoint + "/";

        var get = await GetAsync(Client, endpoint + Query("{ hello }"));
        using var post = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = new StringContent("{\"query\":\"{ hello }\"}", System.Text.Encoding.UTF8, "application/json") };
        var posted = await SendAsync(Client, post);

        Assert.Equal("Hello, world!", get.JsonBody.GetProperty("data").GetProperty("hello").GetString());
        Assert.Equal("Hello, world!", posted.JsonBody.GetProperty("data").GetProperty("hello").GetString());
    }
}
