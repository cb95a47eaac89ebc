using System.Net;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary><c>GET /graphql?sdl</c> returns the schema as SDL text (HotChocolate's convention).</summary>
public sealed class SchemaDownloadTests(GraphQLServerFixture fixture) : IClassFixture<GraphQLServerFixture>
{
    [Fact]
    public async Task Serves_the_printed_schema_as_UTF8_text()
    {
        var response = await HttpExchange.GetAsync(fixture.Server.Client, "?sdl", accept: null);

        Assert.Equal(HttpStatusCode.OK, response.Status);
        Assert.Equal("text/plain", response.MediaType);
        Assert.Equal("utf-8", response.Charset);
        Assert.Equal(SchemaPrinter.Print(TestSchema.Create()), response.Body);
        Assert.Contains("type Country {", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Serves_no_schema_when_the_download_is_turned_off()
    {
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { EnableSchemaDownload = false });

        var response = await HttpExchange.GetAsync(server.Client, "?sdl");

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(GraphQLHttpErrorCodes.MissingQuery, response.FirstErrorCode);
    }
}
