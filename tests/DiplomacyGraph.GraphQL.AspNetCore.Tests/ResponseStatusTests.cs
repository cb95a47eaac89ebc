using System.Net;
using static DiplomacyGraph.GraphQL.AspNetCore.Tests.HttpExchange;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// Status codes for GraphQL errors: under application/graphql-response+json a request error
/// (syntax, validation, variable coercion) is a 400 without data, while legacy application/json
/// answers every well-formed request with 200; field errors come with data and 200 under both.
/// </summary>
public sealed class ResponseStatusTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Reports_a_syntax_error_with_its_location_and_no_data(string accept, HttpStatusCode status)
    {
        var response = await PostJsonAsync(Client, new { query = "{\n  hello(" }, accept);

        Assert.Equal(status, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.False(response.HasData);
        var error = response.JsonBody.GetProperty("errors")[0];
        Assert.Equal("Syntax Error: Expected Name, found <EOF>.", error.GetProperty("message").GetString());
        Assert.Equal(2, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
        Assert.Equal(9, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Reports_validation_errors_with_locations_and_no_data(string accept, HttpStatusCode status)
    {
        var response = await PostJsonAsync(Client, new { query = "{ hello unknownField }" }, accept);

        Assert.Equal(status, response.Status);
        Assert.False(response.HasData);
        var error = response.JsonBody.GetProperty("errors")[0];
        Assert.Equal("Cannot query field \"unknownField\" on type \"Query\".", error.GetProperty("message").GetString());
        Assert.Equal(9, error.GetProperty("locations")[0].GetProperty("column").GetInt32());
    }

    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Reports_variables_that_do_not_coerce_as_a_request_error(string accept, HttpStatusCode status)
    {
        var response = await PostJsonAsync(Client, new { query = "query ($code: ID!) { country(code: $code) { name } }", variables = new { code = (string?)null } }, accept);

        Assert.Equal(status, response.Status);
        Assert.False(response.HasData);
        Assert.Equal("Variable \"$code\" of non-null type \"ID!\" must not be null.", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData(GraphQLResponseJson)]
    [InlineData(Json)]
    public async Task Returns_field_errors_beside_data_with_200(string accept)
    {
        var response = await PostJsonAsync(Client, new { query = "{ hello failing }" }, accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("Hello, world!", response.JsonBody.GetProperty("data").GetProperty("hello").GetString());
        var error = response.JsonBody.GetProperty("errors")[0];

        // The resolver's exception text stays in the log; the client gets a fixed message and a code.
        Assert.DoesNotContain(TestSchema.FailingFieldMessage, response.Body, StringComparison.Ordinal);
        Assert.Equal("An unexpected error occurred while resolving this field.", error.GetProperty("message").GetString());
        Assert.Equal(GraphQLHttpErrorCodes.InternalError, error.GetProperty("extensions").GetProperty("code").GetString());
        Assert.Equal("failing", error.GetProperty("path")[0].GetString());
        Assert.Equal(1, error.GetProperty("locations")[0].GetProperty("line").GetInt32());
    }

    [Fact]
    public async Task Writes_errors_before_data()
    {
        var response = await PostJsonAsync(Client, new { query = "{ failing hello }" });

        Assert.True(response.Body.IndexOf("\"errors\"", StringComparison.Ordinal) < response.Body.IndexOf("\"data\"", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Reports_an_unknown_operation_name_as_a_request_error()
    {
        var response = await PostJsonAsync(Client, new { query = "query A { hello }", operationName = "B" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal("Unknown operation named \"B\".", response.FirstErrorMessage);
    }

    [Theory]
    [InlineData(GraphQLResponseJson, "POST", HttpStatusCode.BadRequest)]
    [InlineData(Json, "POST", HttpStatusCode.OK)]
    [InlineData(GraphQLResponseJson, "GET", HttpStatusCode.BadRequest)]
    [InlineData(Json, "GET", HttpStatusCode.OK)]
    public async Task Refuses_a_subscription_as_a_request_error_without_running_it(string accept, string method, HttpStatusCode status)
    {
        // The engine would run the subscription once like a query; the endpoint must not let it.
        var resolverCalls = 0;
        var schema = Utilities.SchemaBuilder.FromDocument(Language.Parser.Parse(TestSchema.Sdl + "\ntype Subscription { ticks: Int }"))
            .Resolve("Subscription", "ticks", _ => Interlocked.Increment(ref resolverCalls))
            .Build();
        await using var server = await TestGraphQLServer.StartAsync(schema: schema);
        const string subscription = "query Q { hello }\nsubscription S { ticks }";

        var response = method == "GET"
            ? await GetAsync(server.Client, Query(subscription, operationName: "S"), accept)
            : await PostJsonAsync(server.Client, new { query = subscription, operationName = "S" }, accept);

        Assert.Equal(status, response.Status);
        Assert.Equal(accept, response.MediaType);
        Assert.False(response.HasData);
        Assert.Equal(GraphQLHttpErrorCodes.SubscriptionNotSupported, response.FirstErrorCode);
        Assert.Equal("Subscriptions are not supported over this endpoint: it answers each request with one response.", response.FirstErrorMessage);
        var location = response.JsonBody.GetProperty("errors")[0].GetProperty("locations")[0];
        Assert.Equal(2, location.GetProperty("line").GetInt32());
        Assert.Equal(1, location.GetProperty("column").GetInt32());
        Assert.Equal(0, resolverCalls);
    }

    [Fact]
    public async Task Answers_a_result_it_cannot_write_as_JSON_with_one_whole_500_error_body()
    {
        var sdl = "scalar Opaque\ntype Query { hello: String opaque: Opaque }";
        var schema = Utilities.SchemaBuilder.FromDocument(Language.Parser.Parse(sdl))
            .Resolve("Query", "hello", _ => "Hello")
            .Resolve("Query", "opaque", _ => new Uri("https://example.org/"))
            .Build();
        await using var server = await TestGraphQLServer.StartAsync(schema: schema);

        var response = await PostJsonAsync(server.Client, new { query = "{ hello opaque }" });

        Assert.Equal(HttpStatusCode.InternalServerError, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(GraphQLHttpErrorCodes.InternalError, response.FirstErrorCode);
    }
}
