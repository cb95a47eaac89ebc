using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness</summary>
public sealed class UniqueInputFieldNamesRuleTests
{
    private static readonly UniqueInputFieldNamesRule Rule = new();

    [Fact]
    public void Accepts_input_object_with_fields() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field(arg: { f: true })
        }
        """);

    [Fact]
    public void Accepts_the_same_input_object_field_in_two_objects() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field(arg1: { f: true }, arg2: { f: true })
        }
        """);

    [Fact]
    public void Accepts_multiple_input_object_fields() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field(arg: { f1: "value", f2: "value", f3: "value" })
        }
        """);

    [Fact]
    public void Accepts_the_same_field_names_in_nested_objects() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field(arg: {
            deep: {
              deep: {
                id: 1
              }
              id: 1
            }
            id: 1
          })
        }
        """);

    [Fact]
    public void Reports_duplicate_input_object_fields() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field(arg: { f1: "value", f1: "value" })
        }
        """,
        new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 29)));

    [Fact]
    public void Reports_many_duplicate_input_object_fields() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field(arg: { f1: "value", f1: "value", f1: "value" })
        }
        """,
        new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 29)),
        new ExpectedError("There can be only one input field named \"f1\".", (2, 16), (2, 42)));

    [Fact]
    public void Reports_nested_duplicate_input_object_fields() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field(arg: { f1: {f2: "value", f2: "value" }})
        }
        """,
        new ExpectedError("There can be only one input field named \"f2\".", (2, 21), (2, 34)));

    [Fact]
    public void Reports_duplicate_fields_in_sdl_default_values() => ValidationHarness.ExpectSdlErrors(
        Rule,
        schemaToExtend: null,
        """
        input I { a: Int, b: Int }
        type Query { f(arg: I = { a: 1, a: 2 }): String }
        """,
        new ExpectedError("There can be only one input field named \"a\".", (2, 27), (2, 33)));
}
