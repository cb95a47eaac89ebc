using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Executable-Definitions</summary>
public sealed class ExecutableDefinitionsRuleTests
{
    private static readonly ExecutableDefinitionsRule Rule = new();

    [Fact]
    public void Accepts_a_document_of_only_operations() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo {
          dog {
            name
          }
        }
        """);

    [Fact]
    public void Accepts_a_document_of_operations_and_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        query Foo {
          dog {
            name
            ...Frag
          }
        }

        fragment Frag on Dog {
          name
        }
        """);

    [Fact]
    public void Reports_type_definitions_in_an_executable_document() => ValidationHarness.ExpectErrors(
        Rule,
        """
        query Foo {
          dog {
            name
          }
        }

        type Cow {
          name: String
        }

        extend type Dog {
          color: String
        }
        """,
        new ExpectedError("The \"Cow\" definition is not executable.", (7, 1)),
        new ExpectedError("The \"Dog\" definition is not executable.", (11, 1)));

    [Fact]
    public void Reports_schema_definitions_and_extensions() => ValidationHarness.ExpectErrors(
        Rule,
        """
        schema {
          query: Query
        }

        type Query {
          test: String
        }

        extend schema @directive
        """,
        new ExpectedError("The schema definition is not executable.", (1, 1)),
        new ExpectedError("The \"Query\" definition is not executable.", (5, 1)),
        new ExpectedError("The schema definition is not executable.", (9, 1)));

    [Fact]
    public void Reports_directive_and_scalar_definitions() => ValidationHarness.ExpectErrors(
        Rule,
        """
        directive @cached on FIELD
        scalar Date
        { dog { name } }
        """,
        new ExpectedError("The \"cached\" definition is not executable.", (1, 1)),
        new ExpectedError("The \"Date\" definition is not executable.", (2, 1)));
}
