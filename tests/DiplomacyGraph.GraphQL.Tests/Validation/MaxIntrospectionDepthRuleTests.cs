using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>graphql-js recommended rule: introspection lists nested at most three deep</summary>
public sealed class MaxIntrospectionDepthRuleTests
{
    private static readonly MaxIntrospectionDepthRule Rule = new();

    [Fact]
    public void Accepts_the_standard_shape_of_an_introspection_query() => ValidationHarness.ExpectValid(
        Rule,
        """
        query IntrospectionQuery {
          __schema {
            queryType { name }
            types {
              ...FullType
            }
          }
        }

        fragment FullType on __Type {
          kind
          name
          fields(includeDeprecated: true) {
            name
            args { ...InputValue }
            type { ...TypeRef }
          }
          inputFields { ...InputValue }
          interfaces { ...TypeRef }
          possibleTypes { ...TypeRef }
        }

        fragment InputValue on __InputValue {
          name
          type { ...TypeRef }
        }

        fragment TypeRef on __Type {
          kind
          name
          ofType {
            kind
            name
            ofType {
              kind
              name
              ofType {
                kind
                name
              }
            }
          }
        }
        """);

    [Fact]
    public void Reports_fields_nested_three_deep() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          __schema {
            types {
              fields {
                type {
                  fields {
                    type {
                      fields {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """,
        new ExpectedError("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Reports_interfaces_nested_three_deep_under_type() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          __type(name: "Query") {
            interfaces {
              interfaces {
                interfaces {
                  name
                }
              }
            }
          }
        }
        """,
        new ExpectedError("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Reports_possible_types_and_input_fields_nested_three_deep() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          __schema {
            types {
              possibleTypes {
                inputFields {
                  type {
                    possibleTypes {
                      name
                    }
                  }
                }
              }
            }
          }
        }
        """,
        new ExpectedError("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Reports_deep_nesting_through_fragments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          __schema {
            types {
              ...One
            }
          }
        }
        fragment One on __Type {
          fields {
            type {
              ...Two
            }
          }
        }
        fragment Two on __Type {
          fields {
            type {
              ...Three
            }
          }
        }
        fragment Three on __Type {
          fields {
            name
          }
        }
        """,
        new ExpectedError("Maximum introspection depth exceeded", (2, 3)));

    [Fact]
    public void Reports_deep_nesting_through_inline_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          __schema {
            types {
              ... on __Type {
                fields {
                  type {
                    ... {
                      interfaces {
                        name
                      }
                    }
                  }
                }
              }
            }
          }
        }
        """);

    [Fact]
    public void Does_not_loop_forever_on_cyclic_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          __schema {
            types {
              ...Cycle
            }
          }
        }
        fragment Cycle on __Type {
          ofType {
            ...Cycle
          }
        }
        """);

    [Fact]
    public void Accepts_two_deep_nesting() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          __type(name: "Dog") {
            fields {
              type {
                fields {
                  name
                }
              }
            }
          }
        }
        """);

    [Fact]
    public void Ignores_list_field_names_outside_introspection() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          fields {
            fields {
              fields {
                fields
              }
            }
          }
        }
        """);
}
