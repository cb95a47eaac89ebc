using System.Net;
using DiplomacyGraph.GraphQL.Validation.Limits;
using static DiplomacyGraph.GraphQL.AspNetCore.Tests.HttpExchange;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>The engine's safety limits are enforced per request, before any resolver runs.</summary>
public sealed class SafetyLimitTests
{
    [Theory]
    [InlineData(GraphQLResponseJson, HttpStatusCode.BadRequest)]
    [InlineData(Json, HttpStatusCode.OK)]
    public async Task Refuses_a_document_longer_than_the_limit_before_parsing_it(string accept, HttpStatusCode status)
    {
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { Limits = new SafetyLimits { MaxDocumentLength = 50 } });

        var response = await PostJsonAsync(server.Client, new { query = "{ hello " + new string('#', 100) + "\n }" }, accept);

        Assert.Equal(status, response.Status);
        Assert.False(response.HasData);
        Assert.Equal(SafetyLimitCodes.DocumentTooLarge, response.FirstErrorCode);
    }

    [Fact]
    public async Task Refuses_a_query_nested_deeper_than_the_limit()
    {
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { Limits = new SafetyLimits { MaxDepth = 3 } });

        var response = await PostJsonAsync(server.Client, new { query = "{ countries { neighbours { neighbours { neighbours { name } } } } }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(SafetyLimitCodes.MaxDepthExceeded, response.FirstErrorCode);
    }

    [Fact]
    public async Task Refuses_a_query_with_more_aliases_than_the_limit()
    {
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { Limits = new SafetyLimits { MaxAliases = 2 } });

        var response = await PostJsonAsync(server.Client, new { query = "{ a: hello b: hello c: hello }" });

        Assert.Equal(HttpStatusCode.BadRequest, response.Status);
        Assert.Equal(SafetyLimitCodes.MaxAliasesExceeded, response.FirstErrorCode);
    }

    [Fact]
    public async Task Checks_the_limits_again_for_a_cached_document()
    {
        await using var server = await TestGraphQLServer.StartAsync(new GraphQLHttpOptions { Limits = new SafetyLimits { MaxAliases = 2 } });
        var query = new { query = "{ a: hello b: hello c: hello }" };

        var first = await PostJsonAsync(server.Client, query);
        var second = await PostJsonAsync(server.Client, query);

        Assert.Equal(HttpStatusCode.BadRequest, first.Status);
        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal(SafetyLimitCodes.MaxAliasesExceeded, second.FirstErrorCode);
    }
}
