using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Utilities;

/// <summary>Expected texts are graphql-js's inspect() of the equivalent JavaScript values.</summary>
public sealed class InspectTests
{
    [Fact]
    public void Writes_scalars_as_graphql_js_inspect()
    {
        Assert.Equal("null", Inspect.Value(null));
        Assert.Equal("\"a\\\"b\\n\"", Inspect.Value("a\"b\n"));
        Assert.Equal("true", Inspect.Value(true));
        Assert.Equal("1.5", Inspect.Value(1.5));
        Assert.Equal("[String!]", Inspect.Value(new GraphQLList(new GraphQLNonNull(Scalars.String))));
    }

    [Fact]
    public void Writes_maps_and_lists_with_depth_and_length_limits()
    {
        Assert.Equal("{ a: 1, b: [1, \"x\"] }", Inspect.Value(new Dictionary<string, object?> { ["a"] = 1, ["b"] = new List<object?> { 1, "x" } }));
        Assert.Equal("{}", Inspect.Value(new Dictionary<string, object?>()));
        Assert.Equal("[]", Inspect.Value(new List<object?>()));
        Assert.Equal(
            "{ a: { b: [Object] } }",
            Inspect.Value(new Dictionary<string, object?> { ["a"] = new Dictionary<string, object?> { ["b"] = new Dictionary<string, object?> { ["c"] = 1 } } }));
        Assert.Equal("[0, 1, 2, 3, 4, 5, 6, 7, 8, 9, ... 2 more items]", Inspect.Value(Enumerable.Range(0, 12).Cast<object?>().ToList()));
    }
}
