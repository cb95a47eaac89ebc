using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Execution;

/// <summary>https://spec.graphql.org/October2021/#sec-Errors — what becomes of exceptions and bad values.</summary>
public sealed class ResolverErrorTests
{
    private static readonly GraphQLSchema Schema = SchemaBuilder.FromSdl("""
        type Query {
          coded: String
          asyncFailure: String
          items: [Int!]
          loose: [Int]
          notAList: [Int]
          badInt: Int
          color: Color
        }
        enum Color { RED }
        """)
        .Resolve("Query", "coded", _ => throw new GraphQLException("Not allowed.", new Dictionary<string, object?> { ["code"] = "FORBIDDEN" }))
        .Resolve("Query", "asyncFailure", (FieldResolver)(async _ =>
        {
            await Task.Yield();
            throw new InvalidOperationException("Later.");
        }))
        .Resolve("Query", "items", _ => new object?[] { 1, null, 3 })
        .Resolve("Query", "loose", _ => new object?[] { 1, "x", 3 })
        .Resolve("Query", "notAList", _ => "abc")
        .Resolve("Query", "badInt", _ => 1.5)
        .Resolve("Query", "color", _ => "BLUE")
        .Build();

    [Fact]
    public async Task A_GraphQLException_gives_the_error_its_extensions() =>
        Assert.Equal(
            """{"errors":[{"message":"Not allowed.","locations":[{"line":1,"column":3}],"path":["coded"],"extensions":{"code":"FORBIDDEN"}}],"data":{"coded":null}}""",
            await TestExecution.RunAsync(Schema, "{ coded }"));

    [Fact]
    public async Task An_asynchronous_failure_is_a_field_error_with_the_exception_message() =>
        Assert.Equal(
            """{"errors":[{"message":"Later.","locations":[{"line":1,"column":3}],"path":["asyncFailure"]}],"data":{"asyncFailure":null}}""",
            await TestExecution.RunAsync(Schema, "{ asyncFailure }"));

    [Fact]
    public async Task A_null_item_of_non_null_items_nulls_the_list() =>
        Assert.Equal(
            """{"errors":[{"message":"Cannot return null for non-nullable field Query.items.","locations":[{"line":1,"column":3}],"path":["items",1]}],"data":{"items":null}}""",
            await TestExecution.RunAsync(Schema, "{ items }"));

    [Fact]
    public async Task An_item_that_cannot_be_serialized_is_null_with_an_error_at_its_index() =>
        Assert.Equal(
            """{"errors":[{"message":"Int cannot represent non-integer value: \"x\"","locations":[{"line":1,"column":3}],"path":["loose",1]}],"data":{"loose":[1,null,3]}}""",
            await TestExecution.RunAsync(Schema, "{ loose }"));

    [Fact]
    public async Task Leaf_values_are_checked_by_their_type() =>
        Assert.Equal(
            """{"errors":[{"message":"Expected Iterable, but did not find one for field \"Query.notAList\".","locations":[{"line":1,"column":3}],"path":["notAList"]},{"message":"Int cannot represent non-integer value: 1.5","locations":[{"line":1,"column":12}],"path":["badInt"]},{"message":"Enum \"Color\" cannot represent value: \"BLUE\"","locations":[{"line":1,"column":19}],"path":["color"]}],"data":{"notAList":null,"badInt":null,"color":null}}""",
            await TestExecution.RunAsync(Schema, "{ notAList badInt color }"));

    [Fact]
    public async Task Errors_keep_the_exception_for_the_host_to_log()
    {
        var result = await Executor.ExecuteAsync(new ExecutionArgs { Schema = Schema, Document = Parser.Parse("{ asyncFailure }") });
        Assert.IsType<InvalidOperationException>(Assert.Single(result.Errors!).OriginalError);
    }
}
