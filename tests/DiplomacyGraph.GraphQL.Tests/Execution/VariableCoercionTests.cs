namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>https://spec.graphql.org/October2021/#sec-Coercing-Variable-Values — expected results are graphql-js 16's.</summary>
public sealed class VariableCoercionTests
{
    [Fact]
    public async Task Every_invalid_variable_is_reported_and_nothing_runs()
    {
        var json = await EchoSchema.RunAsync(
            "query ($i: Int, $l: [Int!], $f: Filter, $e: Color) { echo(i: $i, l: $l, f: $f, e: $e) }",
            new Dictionary<string, object?>
            {
                ["i"] = 1.5,
                ["l"] = new List<object?> { 1L, null, "x" },
                ["f"] = new Dictionary<string, object?> { ["y"] = 3L, ["w"] = 1L },
                ["e"] = "BLUE",
            });
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$i\" got invalid value 1.5; Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":8}]},{"message":"Variable \"$l\" got invalid value null at \"l[1]\"; Expected non-nullable type \"Int!\" not to be null.","locations":[{"line":1,"column":17}]},{"message":"Variable \"$l\" got invalid value \"x\" at \"l[2]\"; Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":17}]},{"message":"Variable \"$f\" got invalid value { y: 3, w: 1 }; Field \"x\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":29}]},{"message":"Variable \"$f\" got invalid value 3 at \"f.y\"; String cannot represent a non string value: 3","locations":[{"line":1,"column":29}]},{"message":"Variable \"$f\" got invalid value { y: 3, w: 1 }; Field \"w\" is not defined by type \"Filter\". Did you mean \"x\", \"y\", or \"z\"?","locations":[{"line":1,"column":29}]},{"message":"Variable \"$e\" got invalid value \"BLUE\"; Value \"BLUE\" does not exist in \"Color\" enum.","locations":[{"line":1,"column":41}]}]}""",
            json);
    }

    [Fact]
    public async Task A_required_variable_must_be_provided() =>
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$i\" of required type \"Int!\" was not provided.","locations":[{"line":1,"column":8}]}]}""",
            await EchoSchema.RunAsync("query ($i: Int!) { echo(i: $i) }"));

    [Fact]
    public async Task A_non_null_variable_must_not_be_null() =>
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$i\" of non-null type \"Int!\" must not be null.","locations":[{"line":1,"column":8}]}]}""",
            await EchoSchema.RunAsync("query ($i: Int!) { echo(i: $i) }", new Dictionary<string, object?> { ["i"] = null }));

    [Fact]
    public async Task Defaults_apply_and_single_values_become_lists()
    {
        var json = await EchoSchema.RunAsync(
            "query ($i: Int = 3, $l: [Int!], $f: Filter) { echo(i: $i, l: $l, f: $f) }",
            new Dictionary<string, object?> { ["l"] = 7L, ["f"] = new Dictionary<string, object?> { ["x"] = 1L, ["z"] = "RED" } });
        // graphql-js lists an input object's fields in schema order (x, y, z); this engine keeps the
        // order the variable gives them, then the defaults (x, z, y), so that field order means
        // the same in a variable as in a literal (issue 12: a sort object's order).
        Assert.Equal("""{"data":{"echo":"{\"i\":3,\"l\":[7],\"f\":{\"x\":1,\"z\":[\"RED\"],\"y\":\"why\"},\"s\":\"d\"}"}}""", json);
    }

    [Fact]
    public async Task A_oneOf_input_takes_exactly_one_non_null_field()
    {
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$o\" got invalid value { a: 1, b: \"x\" }; Exactly one key must be specified for OneOf type \"Pick\".","locations":[{"line":1,"column":8}]}]}""",
            await EchoSchema.RunAsync("query ($o: Pick) { echo(o: $o) }", new Dictionary<string, object?> { ["o"] = new Dictionary<string, object?> { ["a"] = 1L, ["b"] = "x" } }));
        Assert.Equal(
            """{"errors":[{"message":"Variable \"$o\" got invalid value null at \"o.a\"; Field \"a\" must be non-null.","locations":[{"line":1,"column":8}]}]}""",
            await EchoSchema.RunAsync("query ($o: Pick) { echo(o: $o) }", new Dictionary<string, object?> { ["o"] = new Dictionary<string, object?> { ["a"] = null } }));
    }

    [Fact]
    public async Task Literal_arguments_are_coerced_with_input_field_defaults() =>
        Assert.Equal(
            """{"data":{"echo":"{\"f\":{\"x\":1,\"y\":\"why\"},\"e\":\"GREEN\",\"s\":\"d\",\"o\":{\"b\":\"q\"}}"}}""",
            await EchoSchema.RunAsync("""{ echo(f: {x: 1}, e: GREEN, o: {b: "q"}) }"""));

    [Fact]
    public async Task An_argument_given_an_unset_variable_is_left_out() =>
        Assert.Equal("""{"data":{"echo":"{\"s\":\"d\"}"}}""", await EchoSchema.RunAsync("query ($x: Int) { echo(i: $x) }"));

    [Fact]
    public async Task More_than_fifty_problems_stop_variable_coercion()
    {
        var items = Enumerable.Range(0, 60).Select(_ => (object?)"x").ToList();
        var json = await EchoSchema.RunAsync("query ($l: [Int!]) { echo(l: $l) }", new Dictionary<string, object?> { ["l"] = items });
        Assert.Equal(51, json.Split("\"message\"").Length - 1);
        Assert.Contains("Too many errors processing variables, error limit reached. Execution aborted.", json, StringComparison.Ordinal);
    }
}
