using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;
using static DiplomacyGraph.GraphQL.AspNetCore.Tests.HttpExchange;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>
/// A value means the same whether it is written in the document or sent as a JSON variable: a
/// <c>Long</c> keeps every digit (a double would turn 9007199254740993 into ...992), and an input
/// object keeps its fields in the order they were written or sent (the order of a sort object).
/// </summary>
public sealed class VariableValuesOverHttpTests
{
    private const string Sdl = """
        scalar Long
        input Sort { id: String, name: String, rank: String = "ASC" }
        type Query {
          long(value: Long!): Long!
          "The coerced object's field names, in its order."
          fieldOrder(value: Sort!): [String!]!
          float(value: Float!): Float!
        }
        """;

    private static GraphQLSchema Schema() =>
        SchemaBuilder.FromDocument(Parser.Parse(Sdl))
            .Resolve("Query", "long", context => context.GetArgument<long>("value"))
            .Resolve("Query", "fieldOrder", context => context.GetArgument<IReadOnlyDictionary<string, object?>>("value")!.Keys.ToList())
            .Resolve("Query", "float", context => context.GetArgument<double>("value"))
            .Build();

    [Theory]
    [InlineData("9007199254740993")]
    [InlineData("-9223372036854775808")]
    [InlineData("9223372036854775807")]
    public async Task A_Long_variable_keeps_every_digit(string digits)
    {
        await using var server = await TestGraphQLServer.StartAsync(schema: Schema());
        var response = await PostAsync(server.Client, "{\"query\":\"query($v: Long!) { long(value: $v) }\",\"variables\":{\"v\":" + digits + "}}", "application/json");
        Assert.Contains($"\"long\":{digits}", response.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_integer_beyond_Long_is_refused_as_such_and_still_a_Float()
    {
        await using var server = await TestGraphQLServer.StartAsync(schema: Schema());
        var tooLong = await PostAsync(server.Client, """{"query":"query($v: Long!) { long(value: $v) }","variables":{"v":9223372036854775808}}""", "application/json");
        Assert.Contains("Long cannot represent non 64-bit signed integer value", tooLong.FirstErrorMessage, StringComparison.Ordinal);
        var asFloat = await PostAsync(server.Client, """{"query":"query($v: Float!) { float(value: $v) }","variables":{"v":100000000000000000000}}""", "application/json");
        Assert.Equal(1e20, asFloat.JsonBody.GetProperty("data").GetProperty("float").GetDouble());
    }

    [Fact]
    public async Task An_input_object_keeps_the_order_of_its_fields_as_a_literal_and_as_a_variable()
    {
        await using var server = await TestGraphQLServer.StartAsync(schema: Schema());
        var literal = await PostJsonAsync(server.Client, new { query = """{ fieldOrder(value: {name: "DESC", id: "ASC"}) }""" }, Json);
        var variable = await PostAsync(server.Client, """{"query":"query($v: Sort!) { fieldOrder(value: $v) }","variables":{"v":{"name":"DESC","id":"ASC"}}}""", "application/json");
        var inSchemaOrder = await PostAsync(server.Client, """{"query":"query($v: Sort!) { fieldOrder(value: $v) }","variables":{"v":{"id":"ASC","name":"DESC"}}}""", "application/json");

        Assert.Equal("""{"data":{"fieldOrder":["name","id","rank"]}}""", literal.Body);
        Assert.Equal(literal.Body, variable.Body);
        Assert.Equal("""{"data":{"fieldOrder":["id","name","rank"]}}""", inSchemaOrder.Body);
    }
}
