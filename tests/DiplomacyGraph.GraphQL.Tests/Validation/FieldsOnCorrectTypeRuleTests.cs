using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Field-Selections</summary>
public sealed class FieldsOnCorrectTypeRuleTests
{
    private static readonly FieldsOnCorrectTypeRule Rule = new();

    private static readonly Lazy<GraphQLSchema> NoSuggestionSchema = new(() => TestSchema.Build("""
        interface T {
          fieldWithVeryLongNameThatWillNeverBeSuggested: String
        }
        type Query {
          t: T
        }
        """));

    private static readonly Lazy<GraphQLSchema> TypeSuggestionSchema = new(() => TestSchema.Build("""
        interface T {
          y: String
        }

        interface Animal {
          name: String
        }

        interface Pet implements Animal {
          name: String
          legs: Int
        }

        type Dog implements Pet & Animal {
          name: String
          legs: Int
          barks: Boolean
        }

        type Cat implements Pet & Animal {
          name: String
          legs: Int
          meows: Boolean
        }

        type Snake implements Animal {
          name: String
          legs: Int
        }

        type Fish implements Animal {
          name: String
          swims: Boolean
        }

        union Anything = Dog | Cat | Snake | Fish

        type Query {
          animal: Animal
          anything: Anything
        }
        """));

    private static readonly Lazy<GraphQLSchema> ManyTypesSchema = new(() => TestSchema.Build("""
        interface T {
          y: String
        }
        type A implements T { f: String, y: String }
        type B implements T { f: String, y: String }
        type C implements T { f: String, y: String }
        type D implements T { f: String, y: String }
        type E implements T { f: String, y: String }
        type F implements T { f: String, y: String }
        type Query { t: T }
        """));

    private static readonly Lazy<GraphQLSchema> ManyFieldsSchema = new(() => TestSchema.Build("""
        type T {
          y: String
          z: String
          f: String
          ab: String
          ac: String
          ad: String
        }
        type Query { t: T }
        """));

    [Fact]
    public void Accepts_an_object_field_selection() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment objectFieldSelection on Dog {
          __typename
          name
        }
        """);

    [Fact]
    public void Accepts_an_aliased_object_field_selection() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment aliasedObjectFieldSelection on Dog {
          tn : __typename
          otherName : name
        }
        """);

    [Fact]
    public void Accepts_an_interface_field_selection() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment interfaceFieldSelection on Pet {
          __typename
          name
        }
        """);

    [Fact]
    public void Accepts_a_lying_alias_selection() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment lyingAliasSelection on Dog {
          name : nickname
        }
        """);

    [Fact]
    public void Ignores_fields_on_unknown_types() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment unknownSelection on UnknownType {
          unknownField
        }
        """);

    [Fact]
    public void Reports_errors_when_type_is_known_again() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment typeKnownAgain on Pet {
          unknown_pet_field {
            ... on Cat {
              unknown_cat_field
            }
          }
        }
        """,
        new ExpectedError("Cannot query field \"unknown_pet_field\" on type \"Pet\".", (2, 3)),
        new ExpectedError("Cannot query field \"unknown_cat_field\" on type \"Cat\".", (4, 7)));

    [Fact]
    public void Reports_a_field_not_defined_on_a_fragment() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fieldNotDefined on Dog {
          meowVolume
        }
        """,
        new ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Ignores_deeply_unknown_fields() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment deepFieldNotDefined on Dog {
          unknown_field {
            deeper_unknown_field
          }
        }
        """,
        new ExpectedError("Cannot query field \"unknown_field\" on type \"Dog\".", (2, 3)));

    [Fact]
    public void Reports_a_sub_field_not_defined() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment subFieldNotDefined on Human {
          pets {
            unknown_field
          }
        }
        """,
        new ExpectedError("Cannot query field \"unknown_field\" on type \"Pet\".", (3, 5)));

    [Fact]
    public void Reports_a_field_not_defined_on_an_inline_fragment() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment fieldNotDefined on Pet {
          ... on Dog {
            meowVolume
          }
        }
        """,
        new ExpectedError("Cannot query field \"meowVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (3, 5)));

    [Fact]
    public void Reports_an_aliased_field_target_not_defined() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment aliasedFieldTargetNotDefined on Dog {
          volume : mooVolume
        }
        """,
        new ExpectedError("Cannot query field \"mooVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Reports_an_aliased_lying_field_target_not_defined() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment aliasedLyingFieldTargetNotDefined on Dog {
          barkVolume : kawVolume
        }
        """,
        new ExpectedError("Cannot query field \"kawVolume\" on type \"Dog\". Did you mean \"barkVolume\"?", (2, 3)));

    [Fact]
    public void Reports_a_field_not_defined_on_an_interface() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment notDefinedOnInterface on Pet {
          tailLength
        }
        """,
        new ExpectedError("Cannot query field \"tailLength\" on type \"Pet\".", (2, 3)));

    [Fact]
    public void Suggests_an_inline_fragment_for_a_field_defined_on_implementors_only() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment definedOnImplementorsButNotInterface on Pet {
          nickname
        }
        """,
        new ExpectedError("Cannot query field \"nickname\" on type \"Pet\". Did you mean to use an inline fragment on \"Cat\" or \"Dog\"?", (2, 3)));

    [Fact]
    public void Accepts_a_meta_field_selection_on_a_union() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment directFieldSelectionOnUnion on CatOrDog {
          __typename
        }
        """);

    [Fact]
    public void Reports_a_direct_field_selection_on_a_union() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment directFieldSelectionOnUnion on CatOrDog {
          directField
        }
        """,
        new ExpectedError("Cannot query field \"directField\" on type \"CatOrDog\".", (2, 3)));

    [Fact]
    public void Suggests_inline_fragments_for_a_field_defined_on_union_members_only() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
          name
        }
        """,
        new ExpectedError("Cannot query field \"name\" on type \"CatOrDog\". Did you mean to use an inline fragment on \"Pet\", \"Canine\", \"Cat\", or \"Dog\"?", (2, 3)));

    [Fact]
    public void Accepts_a_valid_field_in_an_inline_fragment() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment objectFieldSelection on Pet {
          ... on Dog {
            name
          }
          ... {
            name
          }
        }
        """);

    [Fact]
    public void Reports_without_suggestions_when_there_are_none() => ValidationHarness.ExpectErrorsWithSchema(
        NoSuggestionSchema.Value,
        Rule,
        """
        { t { f } }
        """,
        new ExpectedError("Cannot query field \"f\" on type \"T\".", (1, 7)));

    [Fact]
    public void Orders_type_suggestions_by_usage_then_supertypes_first() => ValidationHarness.ExpectErrorsWithSchema(
        TypeSuggestionSchema.Value,
        Rule,
        """
        { animal { barks } }
        """,
        new ExpectedError("Cannot query field \"barks\" on type \"Animal\". Did you mean to use an inline fragment on \"Dog\"?", (1, 12)));

    [Fact]
    public void Orders_interface_suggestions_before_their_implementations() => ValidationHarness.ExpectErrorsWithSchema(
        TypeSuggestionSchema.Value,
        Rule,
        """
        { animal { legs } anything { legs } }
        """,
        new ExpectedError("Cannot query field \"legs\" on type \"Animal\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", \"Dog\", or \"Snake\"?", (1, 12)),
        new ExpectedError("Cannot query field \"legs\" on type \"Anything\". Did you mean to use an inline fragment on \"Pet\", \"Cat\", \"Dog\", or \"Snake\"?", (1, 30)));

    [Fact]
    public void Suggests_field_names_for_a_typo() => ValidationHarness.ExpectErrorsWithSchema(
        TypeSuggestionSchema.Value,
        Rule,
        """
        { animal { nam } }
        """,
        new ExpectedError("Cannot query field \"nam\" on type \"Animal\". Did you mean \"name\"?", (1, 12)));

    [Fact]
    public void Limits_type_suggestions_to_five() => ValidationHarness.ExpectErrorsWithSchema(
        ManyTypesSchema.Value,
        Rule,
        """
        { t { f } }
        """,
        new ExpectedError("Cannot query field \"f\" on type \"T\". Did you mean to use an inline fragment on \"A\", \"B\", \"C\", \"D\", or \"E\"?", (1, 7)));

    [Fact]
    public void Limits_field_suggestions_to_five() => ValidationHarness.ExpectErrorsWithSchema(
        ManyFieldsSchema.Value,
        Rule,
        """
        { t { a } }
        """,
        new ExpectedError("Cannot query field \"a\" on type \"T\". Did you mean \"ab\", \"ac\", \"ad\", \"f\", or \"y\"?", (1, 7)));

    [Fact]
    public void Leaves_suggestions_out_when_hidden() => ValidationHarness.ExpectErrorsWithoutSuggestions(
        Rule,
        """
        fragment definedOnImplementorsQueriedOnUnion on CatOrDog {
          name
        }
        fragment typo on Dog {
          nam
        }
        """,
        new ExpectedError("Cannot query field \"name\" on type \"CatOrDog\".", (2, 3)),
        new ExpectedError("Cannot query field \"nam\" on type \"Dog\".", (5, 3)));
}
