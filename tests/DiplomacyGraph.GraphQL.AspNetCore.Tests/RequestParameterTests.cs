using System.Net;
using static DiplomacyGraph.GraphQL.AspNetCore.Tests.HttpExchange;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>https://graphql.github.io/graphql-over-http/draft/#sec-Request-Parameters — malformed requests get precise 400s.</summary>
public sealed class RequestParameterTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    [Theory]
    [InlineData("{ \"not a JSON", "The request body is not valid JSON")]
    [InlineData("""{"query":"{ hello }"} trailing""", "The request body is not valid JSON")]
    [InlineData("[]", "The request body must be a JSON object, not an array.")]
    [InlineData("\"{ hello }\"", "The request body must be a JSON object, not a string.")]
    [InlineData("", "The request body is empty")]
    public async Task Refuses_a_body_that_is_not_one_JSON_object(string body, string message)
    {
        foreach (var accept in new[] { GraphQLResponseJson, Json })
        {
            var response = await PostAsync(Client, body, "application/json", accept);

            Assert.Equal(HttpStatusCode.BadRequest, response.Status);
            Assert.Equal(accept, response.MediaType);
            Assert.StartsWith(message, response.FirstErrorMessage, StringComparison.Ordinal);
            Assert.Equal(GraphQLHttpErrorCodes.InvalidJson, response.FirstErrorCode);
            Assert.False(response.HasData);
        }
    }

    [Theory]
    [InlineData("""{"notquery":"{ hello }"}""", GraphQLHttpErrorCodes.MissingQuery, "The request has no \"query\" parameter")]
    [InlineData("""{"query":null}""", GraphQLHttpErrorCodes.InvalidParameter, "The \"query\" parameter must be a string, not null.")]
    [InlineData("""{"query":1}""", GraphQLHttpErrorCodes.InvalidParameter, "The \"query\" parameter must be a string, not a number.")]
    [InlineData("""{"query":{"obj":"ect"}}""", GraphQLHttpErrorCodes.InvalidParameter, "The \"query\" parameter must be a string, not an object.")]
    [InlineData("""{"query":"{ hello }","operationName":false}""", GraphQLHttpErrorCodes.InvalidParameter, "The \"operationName\" parameter must be a string or null, not a boolean.")]
    [InlineData("""{"query":"{ hello }","variables":"{}"}""", GraphQLHttpErrorCodes.InvalidParameter, "The \"variables\" parameter must be an object or null, not a string.")]
    [InlineData("""{"query":"{ hello }","variables":[1]}""", GraphQLHttpErrorCodes.InvalidParameter, "The \"variables\" parameter must be an object or null, not an array.")]
    [InlineData("""{"query":"{ hello }","extensions":0}""", GraphQLHttpErrorCodes.InvalidParameter, "The \"extensions\" parameter must be an object or null, not a number.")]
    [InlineData("""{"query":"{ hello }","query":"{ hello }"}""", GraphQLHttpErrorCodes.InvalidParameter, "The \"query\" parameter appears twice in the request body.")]
    [InlineData("""{"query":"{ hello }","variables":{"a":1,"a":2}}""", GraphQLHttpErrorCodes.InvalidJson, "The request body is not valid JSON: The key \"a\" appears twice in one object.")]
    [InlineData("""{"query":"{ hello }","variables":{"a":"\ud800"}}""", GraphQLHttpErrorCodes.InvalidJson, "The request body is not valid JSON")]
    public async Task Refuses_parameters_of_the_wrong_shape_saying_which_and_why(string body, string code, string message)
    {
        var response = await PostAsync(Client, body, "application/json");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.StartsWith(message, response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ignores_parameters_it_does_not_know_and_null_optional_ones()
    {
        var response = await PostAsync(Client, """{"query":"{ hello }","operationName":null,"variables":null,"extensions":null,"id":"abc"}""", "application/json");

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, world!", response.JsonBody.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Passes_variables_as_plain_values_to_the_engine()
    {
        var response = await PostJsonAsync(Client, new { query = "query ($name: String) { hello(name: $name) }", variables = new { name = "Cairo" } });

        Assert.Equal("Hello, Cairo!", response.JsonBody.GetProperty("data").GetProperty("hello").GetString());
    }

    [Fact]
    public async Task Runs_the_operation_named_by_operationName()
    {
        var response = await PostJsonAsync(Client, new { query = "query A { hello } query B { countries { code } }", operationName = "B" });

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("EG", response.JsonBody.GetProperty("data").GetProperty("countries")[0].GetProperty("code").GetString());
    }

    [Fact]
    public async Task Refuses_a_body_larger_than_the_limit_with_413()
    {
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { MaxRequestBodyBytes = 100 });
        var response = await PostJsonAsync(server.Client, new { query = "{ hello }" + new string(' ', 200) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.Status);
        Assert.Equal(GraphQLHttpErrorCodes.RequestTooLarge, response.FirstErrorCode);
    }

    [Fact]
    public async Task Reads_GET_parameters_with_variables_as_JSON_text()
    {
        var response = await GetAsync(Client, Query("query Greet($name: String) { hello(name: $name) }", new { name = "Khartoum" }, "Greet"));

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, Khartoum!", response.JsonBody.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("?variables=%7B%7D", GraphQLHttpErrorCodes.MissingQuery, "The request has no \"query\" parameter")]
    [InlineData("?query=%7Bhello%7D&variables=%7Bnot+json", GraphQLHttpErrorCodes.InvalidParameter, "The \"variables\" parameter is not valid JSON")]
    [InlineData("?query=%7Bhello%7D&variables=%5B1%5D", GraphQLHttpErrorCodes.InvalidParameter, "The \"variables\" parameter must be a JSON object, not an array.")]
    [InlineData("?query=%7Bhello%7D&extensions=1", GraphQLHttpErrorCodes.InvalidParameter, "The \"extensions\" parameter must be a JSON object, not a number.")]
    [InlineData("?query=%7Bhello%7D&query=%7Bhello%7D", GraphQLHttpErrorCodes.InvalidParameter, "The \"query\" parameter is given 2 times; give it once.")]
    [InlineData("?query=%7Bhello%7D&variables=%7B%22a%22%3A%22%5Cud800%22%7D", GraphQLHttpErrorCodes.InvalidParameter, "The \"variables\" parameter is not valid JSON")]
    public async Task Refuses_malformed_GET_parameters(string queryString, string code, string message)
    {
        var response = await GetAsync(Client, queryString);

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(code, response.FirstErrorCode);
        Assert.StartsWith(message, response.FirstErrorMessage, StringComparison.Ordinal);
    }
}
