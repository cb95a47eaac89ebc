using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Utilities;

/// <summary>valueFromAST, coerceInputValue and astFromValue, with graphql-js's results.</summary>
public sealed class ValueCoercionTests
{
    private static readonly GraphQLInputObjectType Point = new(
        "Point",
        [new GraphQLInputField("x", new GraphQLNonNull(Scalars.Int)), new GraphQLInputField("y", Scalars.Int) { DefaultValue = 0 }]);

    [Fact]
    public void Literals_coerce_to_internal_values_or_to_nothing()
    {
        Assert.Equal(new List<object?> { 1, 2 }, ValueFromAst.Coerce(Parser.ParseValue("[1, 2]"), new GraphQLList(Scalars.Int)));
        Assert.Equal(new List<object?> { 1 }, ValueFromAst.Coerce(Parser.ParseValue("1"), new GraphQLList(Scalars.Int)));
        Assert.False(ValueFromAst.TryCoerce(Parser.ParseValue("null"), new GraphQLNonNull(Scalars.Int), null, out _));
        Assert.False(ValueFromAst.TryCoerce(Parser.ParseValue("{y: 1}"), Point, null, out _));
        Assert.False(ValueFromAst.TryCoerce(Parser.ParseValue("\"1\""), Scalars.Int, null, out _));
        var point = (IReadOnlyDictionary<string, object?>)ValueFromAst.Coerce(Parser.ParseValue("{x: $v}"), Point, new Dictionary<string, object?> { ["v"] = 4 })!;
        Assert.Equal(4, point["x"]);
        Assert.Equal(0, point["y"]);
    }

    [Fact]
    public void Runtime_values_coerce_or_throw_graphql_js_default_message()
    {
        Assert.Equal(
            "Invalid value { y: 1 }: Field \"x\" of required type \"Int!\" was not provided.",
            Assert.Throws<GraphQLException>(() => CoerceInputValue.Coerce(new Dictionary<string, object?> { ["y"] = 1 }, Point)).Message);
        Assert.Equal(
            "Invalid value \"a\" at \"value[1]\": Int cannot represent non-integer value: \"a\"",
            Assert.Throws<GraphQLException>(() => CoerceInputValue.Coerce(new List<object?> { 1, "a" }, new GraphQLList(Scalars.Int))).Message);
    }

    [Fact]
    public void Internal_values_are_written_back_as_literals()
    {
        Assert.Equal("{x: 1, y: null}", Printer.Print(AstFromValue.Convert(new Dictionary<string, object?> { ["x"] = 1, ["y"] = null }, Point)!));
        Assert.Equal("[1, 2]", Printer.Print(AstFromValue.Convert(new[] { 1, 2 }, new GraphQLList(Scalars.Int))!));
        Assert.Equal("1.5", Printer.Print(AstFromValue.Convert(1.5, Scalars.Float)!));
        Assert.Equal("\"x\\ny\"", Printer.Print(AstFromValue.Convert("x\ny", Scalars.String)!));
        Assert.Equal("123", Printer.Print(AstFromValue.Convert("123", Scalars.ID)!));
        Assert.Null(AstFromValue.Convert(null, new GraphQLNonNull(Scalars.Int)));
    }
}
