using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Tests.Types;

/// <summary>The specified scalars coerce and fail exactly as graphql-js 16's do (messages from its scalars.js).</summary>
public sealed class ScalarCoercionTests
{
    [Theory]
    [InlineData(1, 1)]
    [InlineData(1L, 1)]
    [InlineData(2.0, 2)]
    [InlineData(true, 1)]
    [InlineData(false, 0)]
    [InlineData("42", 42)]
    public void Int_serializes_integral_values_booleans_and_numeric_strings(object value, int expected) =>
        Assert.Equal(expected, Scalars.Int.Serialize(value));

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("abc", "Int cannot represent non-integer value: \"abc\"")]
    [InlineData("", "Int cannot represent non-integer value: \"\"")]
    [InlineData(2147483648L, "Int cannot represent non 32-bit signed integer value: 2147483648")]
    [InlineData(1e100, "Int cannot represent non 32-bit signed integer value: 1e+100")]
    public void Int_refuses_to_serialize_what_is_not_a_32_bit_integer(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => Scalars.Int.Serialize(value)).Message);

    [Theory]
    [InlineData(1.5, "Int cannot represent non-integer value: 1.5")]
    [InlineData("1", "Int cannot represent non-integer value: \"1\"")]
    [InlineData(true, "Int cannot represent non-integer value: true")]
    [InlineData(3000000000L, "Int cannot represent non 32-bit signed integer value: 3000000000")]
    public void Int_input_accepts_only_integral_numbers(object value, string message) =>
        Assert.Equal(message, Assert.Throws<GraphQLException>(() => Scalars.Int.ParseValue(value)).Message);

    [Fact]
    public void Int_literal_must_be_an_integer_literal_in_range()
    {
        Assert.Equal(7, Scalars.Int.ParseLiteral(new IntValueNode("7")));
        Assert.Equal(
            "Int cannot represent non-integer value: \"7\"",
            Assert.Throws<GraphQLException>(() => Scalars.Int.ParseLiteral(new StringValueNode("7"))).Message);
        Assert.Equal(
            "Int cannot represent non 32-bit signed integer value: 2147483648",
            Assert.Throws<GraphQLException>(() => Scalars.Int.ParseLiteral(new IntValueNode("2147483648"))).Message);
    }

    [Fact]
    public void Float_accepts_integer_and_float_literals_and_refuses_others()
    {
        Assert.Equal(1.5, Scalars.Float.ParseLiteral(new FloatValueNode("1.5")));
        Assert.Equal(3d, Scalars.Float.ParseLiteral(new IntValueNode("3")));
        Assert.Equal(
            "Float cannot represent non numeric value: true",
            Assert.Throws<GraphQLException>(() => Scalars.Float.ParseLiteral(new BooleanValueNode(true))).Message);
        Assert.Equal(
            "Float cannot represent non numeric value: NaN",
            Assert.Throws<GraphQLException>(() => Scalars.Float.Serialize(double.NaN)).Message);
    }

    [Fact]
    public void String_serializes_booleans_and_numbers_as_javascript_writes_them()
    {
        Assert.Equal("true", Scalars.String.Serialize(true));
        Assert.Equal("1.5", Scalars.String.Serialize(1.5));
        Assert.Equal("1e+21", Scalars.String.Serialize(1e21));
        Assert.Equal("12", Scalars.String.Serialize(12L));
        Assert.Equal(
            "String cannot represent a non string value: 1",
            Assert.Throws<GraphQLException>(() => Scalars.String.ParseValue(1)).Message);
        Assert.Equal(
            "String cannot represent value: [1, 2]",
            Assert.Throws<GraphQLException>(() => Scalars.String.Serialize(new List<object?> { 1, 2 })).Message);
    }

    [Fact]
    public void Boolean_serializes_numbers_as_not_zero_and_accepts_only_booleans_as_input()
    {
        Assert.Equal(true, Scalars.Boolean.Serialize(3));
        Assert.Equal(false, Scalars.Boolean.Serialize(0.0));
        Assert.Equal(
            "Boolean cannot represent a non boolean value: \"true\"",
            Assert.Throws<GraphQLException>(() => Scalars.Boolean.ParseValue("true")).Message);
    }

    [Fact]
    public void ID_accepts_strings_and_integers_and_writes_them_as_strings()
    {
        Assert.Equal("4", Scalars.ID.ParseValue(4));
        Assert.Equal("4", Scalars.ID.ParseLiteral(new IntValueNode("4")));
        Assert.Equal("x", Scalars.ID.Serialize("x"));
        Assert.Equal(
            "ID cannot represent value: 1.5",
            Assert.Throws<GraphQLException>(() => Scalars.ID.ParseValue(1.5)).Message);
        Assert.Equal(
            "ID cannot represent a non-string and non-integer value: 1.5",
            Assert.Throws<GraphQLException>(() => Scalars.ID.ParseLiteral(new FloatValueNode("1.5"))).Message);
    }

    [Fact]
    public void Long_holds_64_bit_integers_from_numbers_digit_strings_and_literals()
    {
        Assert.Equal(9007199254740993L, Scalars.Long.ParseValue("9007199254740993"));
        Assert.Equal(9007199254740993L, Scalars.Long.ParseLiteral(new IntValueNode("9007199254740993")));
        Assert.Equal(5L, Scalars.Long.Serialize(5));
        Assert.Equal(
            "Long cannot represent non 64-bit signed integer value: 9223372036854775808",
            Assert.Throws<GraphQLException>(() => Scalars.Long.ParseLiteral(new IntValueNode("9223372036854775808"))).Message);
        Assert.Equal(
            "Long cannot represent non-integer value: 1.5",
            Assert.Throws<GraphQLException>(() => Scalars.Long.ParseValue(1.5)).Message);
    }

    [Theory]
    [InlineData("2024")]
    [InlineData("2024-07")]
    [InlineData("2024-07-19")]
    [InlineData("2024-02-29")]
    public void Date_accepts_year_month_and_day_precision(string text) =>
        Assert.Equal(text, Scalars.Date.ParseValue(text));

    [Theory]
    [InlineData("2023-02-29")]
    [InlineData("2024-13")]
    [InlineData("24-07-19")]
    [InlineData("2024-07-19T10:00:00Z")]
    public void Date_refuses_strings_that_are_not_calendar_dates(string text) =>
        Assert.Equal(
            $"Date cannot represent an invalid date string: \"{text}\". Expected YYYY, YYYY-MM or YYYY-MM-DD.",
            Assert.Throws<GraphQLException>(() => Scalars.Date.ParseValue(text)).Message);

    [Fact]
    public void Date_serializes_clr_dates_at_day_precision() =>
        Assert.Equal("2024-07-19", Scalars.Date.Serialize(new DateOnly(2024, 7, 19)));

    [Fact]
    public void Json_literal_becomes_plain_values_with_variables_substituted()
    {
        var literal = new ObjectValueNode(
        [
            new ObjectFieldNode(new NameNode("a"), new ListValueNode([new IntValueNode("1"), new VariableNode(new NameNode("v"))])),
            new ObjectFieldNode(new NameNode("b"), new EnumValueNode("RED")),
        ]);
        var value = (IReadOnlyDictionary<string, object?>)Scalars.Json.ParseLiteral(literal, new Dictionary<string, object?> { ["v"] = "x" })!;
        Assert.Equal([1, "x"], (IEnumerable<object?>)value["a"]!);
        Assert.Equal("RED", value["b"]);
    }
}
