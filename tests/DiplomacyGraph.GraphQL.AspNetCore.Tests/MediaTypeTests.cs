using System.Net;
using static DiplomacyGraph.GraphQL.AspNetCore.Tests.HttpExchange;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>https://graphql.github.io/graphql-over-http/draft/#sec-Media-Types — Accept and Content-Type.</summary>
public sealed class MediaTypeTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    private HttpClient Client => fixture.Server.Client;

    private static readonly object HelloQuery = new { query = "{ hello }" };

    [Theory]
    [InlineData(GraphQLResponseJson, GraphQLResponseJson)]
    [InlineData(Json, Json)]
    [InlineData("*/*", Json)]
    [InlineData("application/*", Json)]
    [InlineData(null, Json)]
    [InlineData("application/graphql-response+json, application/json", GraphQLResponseJson)]
    [InlineData("application/json, application/graphql-response+json", GraphQLResponseJson)]
    [InlineData("application/graphql-response+json;q=0.5, application/json;q=0.9", Json)]
    [InlineData("text/html, application/graphql-response+json;q=0.8", GraphQLResponseJson)]
    [InlineData("application/json; charset=utf-8", Json)]
    public async Task Answers_in_the_media_type_the_Accept_header_prefers(string? accept, string expected)
    {
        var response = await PostJsonAsync(Client, HelloQuery, accept);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal(expected, response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal("Hello, world!", response.JsonBody.GetProperty("data").GetProperty("hello").GetString());
    }

    [Theory]
    [InlineData("text/html")]
    [InlineData("application/xml, text/plain")]
    [InlineData("application/json;q=0, application/graphql-response+json;q=0")]
    [InlineData("application/json; charset=iso-8859-1")]
    public async Task Refuses_with_406_when_no_acceptable_media_type_is_offered(string accept)
    {
        var response = await PostJsonAsync(Client, HelloQuery, accept);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.Status);
        Assert.Equal(GraphQLHttpErrorCodes.NotAcceptable, response.FirstErrorCode);
    }

    [Fact]
    public async Task Refuses_a_POST_without_Content_Type_with_415()
    {
        var response = await PostAsync(Client, """{"query":"{ hello }"}""", contentType: null);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Equal(GraphQLHttpErrorCodes.UnsupportedMediaType, response.FirstErrorCode);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData("application/graphql")]
    [InlineData("application/json; charset=utf-16")]
    public async Task Refuses_a_POST_body_that_is_not_UTF8_JSON_with_415(string contentType)
    {
        var response = await PostAsync(Client, """{"query":"{ hello }"}""", contentType);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.Status);
        Assert.Contains(contentType.Contains("charset", StringComparison.Ordinal) ? "utf-16" : contentType, response.FirstErrorMessage, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task Accepts_JSON_bodies_declared_in_any_case_and_with_a_UTF8_charset(string contentType)
    {
        var response = await PostAsync(Client, """{"query":"{ hello }"}""", contentType);

        Assert.Equal(HttpStatusCode.OK, response.Status);
    }

    [Fact]
    public async Task Writes_non_ASCII_text_as_UTF8_rather_than_escapes()
    {
        var response = await PostJsonAsync(Client, new { query = """{ country(code: "EG") { name } }""" });

        Assert.Contains("مصر", response.Body, StringComparison.Ordinal);
        Assert.Equal("مصر", response.JsonBody.GetProperty("data").GetProperty("country").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Tells_caches_that_the_response_varies_with_Accept()
    {
        var response = await GetAsync(Client, Query("{ hello }"));

        Assert.Contains("Accept", response.Headers.Vary);
    }
}
