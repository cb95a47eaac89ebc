using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Api.Tests;

/// <summary>GET /graphql?sdl is the published, augmented schema: generated operations present, mapping directives absent.</summary>
[Collection(ApiCollection.Name)]
public sealed class SchemaDownloadTests(ApiFixture fixture)
{
    [Fact]
    public async Task The_downloaded_sdl_is_the_augmented_schema_without_mapping_directives()
    {
        var sdl = await fixture.Api.GetStringAsync("?sdl");
        var document = Parser.Parse(sdl);
        var types = document.Definitions.OfType<TypeDefinitionNode>().ToDictionary(type => type.Name.Value);

        var query = (ObjectTypeDefinitionNode)types["Query"];
        var rootFields = query.Fields.Select(field => field.Name.Value).ToList();
        foreach (var field in new[] { "search", "neighborhood", "path", "node", "nodes", "entities", "countries", "subdivisions", "cities", "people", "organizations", "agreements", "events", "statistics", "articles" })
        {
            Assert.Contains(field, rootFields);
        }

        var cities = query.Fields.Single(field => field.Name.Value == "cities");
        Assert.Equal(["first", "after", "last", "before", "where", "order"], cities.Arguments.Select(argument => argument.Name.Value));
        Assert.Contains("CitiesConnection", types.Keys);
        Assert.Contains("PlaceTwinsEdge", types.Keys);
        Assert.Contains("CityFilterInput", types.Keys);
        Assert.Contains("StringOperationFilterInput", types.Keys);
        Assert.Contains("SortEnumType", types.Keys);
        Assert.DoesNotContain("@cypher", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("@relationship", sdl, StringComparison.Ordinal);
        Assert.DoesNotContain("Twinning", types.Keys);
    }
}
