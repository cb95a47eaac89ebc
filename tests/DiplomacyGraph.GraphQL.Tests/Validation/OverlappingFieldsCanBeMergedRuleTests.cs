using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Field-Selection-Merging</summary>
public sealed class OverlappingFieldsCanBeMergedRuleTests
{
    private static readonly OverlappingFieldsCanBeMergedRule Rule = new();

    private static readonly Lazy<GraphQLSchema> BoxSchema = new(() => TestSchema.Build("""
        interface SomeBox {
          deepBox: SomeBox
          unrelatedField: String
        }

        type StringBox implements SomeBox {
          scalar: String
          deepBox: StringBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        type IntBox implements SomeBox {
          scalar: Int
          deepBox: IntBox
          unrelatedField: String
          listStringBox: [StringBox]
          stringBox: StringBox
          intBox: IntBox
        }

        interface NonNullStringBox1 {
          scalar: String!
        }

        type NonNullStringBox1Impl implements SomeBox & NonNullStringBox1 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        interface NonNullStringBox2 {
          scalar: String!
        }

        type NonNullStringBox2Impl implements SomeBox & NonNullStringBox2 {
          scalar: String!
          unrelatedField: String
          deepBox: SomeBox
        }

        type Connection {
          edges: [Edge]
        }

        type Edge {
          node: Node
        }

        type Node {
          id: ID
          name: String
        }

        type Query {
          someBox: SomeBox
          connection: Connection
        }
        """));

    private static readonly Lazy<GraphQLSchema> ArgumentsSchema = new(() => TestSchema.Build("""
        input SomeInput {
          a: String
          b: String
        }

        type Query {
          someField(a: String, b: String): String
          inputField(arg: SomeInput): String
        }
        """));

    [Fact]
    public void Accepts_unique_fields() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment uniqueFields on Dog {
          name
          nickname
        }
        """);

    [Fact]
    public void Accepts_identical_fields() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment mergeIdenticalFields on Dog {
          name
          name
        }
        """);

    [Fact]
    public void Accepts_identical_fields_with_identical_arguments() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment mergeIdenticalFieldsWithIdenticalArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: SIT)
        }
        """);

    [Fact]
    public void Accepts_identical_fields_with_identical_directives() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment mergeSameFieldsWithSameDirectives on Dog {
          name @include(if: true)
          name @include(if: true)
        }
        """);

    [Fact]
    public void Accepts_different_arguments_with_different_aliases() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment differentArgsWithDifferentAliases on Dog {
          knowsSit: doesKnowCommand(dogCommand: SIT)
          knowsDown: doesKnowCommand(dogCommand: DOWN)
        }
        """);

    [Fact]
    public void Accepts_different_skip_and_include_directives() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment differentDirectivesWithDifferentAliases on Dog {
          name @include(if: true)
          name @include(if: false)
        }
        """);

    [Fact]
    public void Reports_same_aliases_with_different_field_targets() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment sameAliasesWithDifferentFieldTargets on Dog {
          fido: name
          fido: nickname
        }
        """,
        new ExpectedError("Fields \"fido\" conflict because \"name\" and \"nickname\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Accepts_same_aliases_on_fields_that_cannot_overlap() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment sameAliasesWithDifferentFieldTargets on Pet {
          ... on Dog {
            name
          }
          ... on Cat {
            name: nickname
          }
        }
        """);

    [Fact]
    public void Reports_an_alias_masking_direct_field_access() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment aliasMaskingDirectFieldAccess on Dog {
          name: nickname
          name
        }
        """,
        new ExpectedError("Fields \"name\" conflict because \"nickname\" and \"name\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Reports_a_second_field_adding_an_argument() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Reports_a_second_field_missing_an_argument() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand
        }
        """,
        new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Reports_conflicting_argument_values() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment conflictingArgs on Dog {
          doesKnowCommand(dogCommand: SIT)
          doesKnowCommand(dogCommand: HEEL)
        }
        """,
        new ExpectedError("Fields \"doesKnowCommand\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Reports_conflicting_argument_names() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment conflictingArgs on Dog {
          isAtLocation(x: 0)
          isAtLocation(y: 0)
        }
        """,
        new ExpectedError("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Reports_a_string_and_a_block_string_as_different_arguments() => ValidationHarness.ExpectErrorsWithSchema(
        ArgumentsSchema.Value,
        Rule,
        """"
        {
          someField(a: "x")
          someField(a: """x""")
        }
        """",
        new ExpectedError("Fields \"someField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Reports_an_int_and_a_float_as_different_arguments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          dog {
            isAtLocation(x: 1)
            isAtLocation(x: 1.0)
          }
        }
        """,
        new ExpectedError("Fields \"isAtLocation\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 5)));

    [Fact]
    public void Accepts_different_arguments_where_no_conflict_is_possible() => ValidationHarness.ExpectValid(
        Rule,
        """
        fragment conflictingArgs on Pet {
          ... on Dog {
            name(surname: true)
          }
          ... on Cat {
            name
          }
        }
        """);

    [Fact]
    public void Accepts_arguments_in_a_different_order() => ValidationHarness.ExpectValidWithSchema(
        ArgumentsSchema.Value,
        Rule,
        """
        {
          someField(a: null, b: null)
          someField(b: null, a: null)
        }
        """);

    [Fact]
    public void Accepts_input_object_fields_in_a_different_order() => ValidationHarness.ExpectValidWithSchema(
        ArgumentsSchema.Value,
        Rule,
        """
        {
          inputField(arg: { a: null, b: null })
          inputField(arg: { b: null, a: null })
        }
        """);

    [Fact]
    public void Reports_conflicting_input_object_values() => ValidationHarness.ExpectErrorsWithSchema(
        ArgumentsSchema.Value,
        Rule,
        """
        {
          inputField(arg: { a: "x", b: null })
          inputField(arg: { b: null, a: "y" })
        }
        """,
        new ExpectedError("Fields \"inputField\" conflict because they have differing arguments. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 3)));

    [Fact]
    public void Reports_a_conflict_in_fragments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          ...A
          ...B
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        new ExpectedError("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (6, 3), (9, 3)));

    [Fact]
    public void Reports_each_conflict_once() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          f1 {
            ...A
            ...B
          }
          f2 {
            ...B
            ...A
          }
          f3 {
            ...A
            ...B
            x: c
          }
        }
        fragment A on Type {
          x: a
        }
        fragment B on Type {
          x: b
        }
        """,
        new ExpectedError("Fields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (17, 3), (20, 3)),
        new ExpectedError("Fields \"x\" conflict because \"c\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (17, 3)),
        new ExpectedError("Fields \"x\" conflict because \"c\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (13, 5), (20, 3)));

    [Fact]
    public void Reports_a_deep_conflict() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field {
            x: a
          },
          field {
            x: b
          }
        }
        """,
        new ExpectedError("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (5, 3), (6, 5)));

    [Fact]
    public void Reports_a_deep_conflict_with_multiple_issues() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field {
            x: a
            y: c
          },
          field {
            x: b
            y: d
          }
        }
        """,
        new ExpectedError("Fields \"field\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields and subfields \"y\" conflict because \"c\" and \"d\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 5), (6, 3), (7, 5), (8, 5)));

    [Fact]
    public void Reports_a_very_deep_conflict() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field {
            deepField {
              x: a
            }
          },
          field {
            deepField {
              x: b
            }
          }
        }
        """,
        new ExpectedError("Fields \"field\" conflict because subfields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (3, 5), (4, 7), (7, 3), (8, 5), (9, 7)));

    [Fact]
    public void Reports_a_deep_conflict_to_the_nearest_common_ancestor() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field {
            deepField {
              x: a
            }
            deepField {
              x: b
            }
          },
          field {
            deepField {
              y
            }
          }
        }
        """,
        new ExpectedError("Fields \"deepField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (3, 5), (4, 7), (6, 5), (7, 7)));

    [Fact]
    public void Reports_a_deep_conflict_to_the_nearest_common_ancestor_in_fragments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field {
            ...F
          }
          field {
            ...F
          }
        }
        fragment F on T {
          deepField {
            deeperField {
              x: a
            }
            deeperField {
              x: b
            }
          },
          deepField {
            deeperField {
              y
            }
          }
        }
        """,
        new ExpectedError("Fields \"deeperField\" conflict because subfields \"x\" conflict because \"a\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 5), (12, 7), (14, 5), (15, 7)));

    [Fact]
    public void Reports_a_deep_conflict_in_nested_fragments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          field {
            ...I
          }
          field {
            ...F
          }
        }
        fragment F on T {
          x: a
          ...G
        }
        fragment G on T {
          y: c
        }
        fragment I on T {
          y: d
          ...J
        }
        fragment J on T {
          x: b
        }
        """,
        new ExpectedError("Fields \"field\" conflict because subfields \"y\" conflict because \"d\" and \"c\" are different fields and subfields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (17, 3), (21, 3), (5, 3), (14, 3), (10, 3)));

    [Fact]
    public void Reports_a_conflict_after_nested_fragments() => ValidationHarness.ExpectErrors(
        Rule,
        """
        fragment F on T {
          ...G
        }
        fragment G on T {
          ...H
        }
        fragment H on T {
          x: a
        }
        {
          x: b
          ...F
        }
        """,
        new ExpectedError("Fields \"x\" conflict because \"b\" and \"a\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (11, 3), (8, 3)));

    [Fact]
    public void Ignores_unknown_fragments() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          field
          ...Unknown
          ...Known
        }

        fragment Known on T {
          field
          ...OtherUnknown
        }
        """);

    [Fact]
    public void Reports_conflicting_return_types_that_could_overlap() => ValidationHarness.ExpectErrorsWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ...on IntBox {
              scalar
            }
            ...on NonNullStringBox1 {
              scalar
            }
          }
        }
        """,
        new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String!\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Accepts_compatible_return_shapes_on_different_return_types() => ValidationHarness.ExpectValidWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ... on SomeBox {
              deepBox {
                unrelatedField
              }
            }
            ... on StringBox {
              deepBox {
                unrelatedField
              }
            }
          }
        }
        """);

    [Fact]
    public void Reports_differing_return_types_despite_no_overlap() => ValidationHarness.ExpectErrorsWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ... on IntBox {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"Int\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Reports_correctly_when_a_non_exclusive_comparison_follows_an_exclusive_one() => ValidationHarness.ExpectErrorsWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          someBox {
            ... on StringBox {
              deepBox {
                ...Y
              }
            }
          }
          memoed: someBox {
            ... on IntBox {
              deepBox {
                ...X
              }
            }
          }
          memoed: someBox {
            ... on StringBox {
              deepBox {
                ...Y
              }
            }
          }
          other: someBox {
            ...X
          }
          other: someBox {
            ...Y
          }
        }
        fragment X on SomeBox {
          scalar
        }
        fragment Y on SomeBox {
          scalar: unrelatedField
        }
        """,
        new ExpectedError("Fields \"other\" conflict because subfields \"scalar\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (30, 3), (38, 3), (33, 3), (41, 3)));

    [Fact]
    public void Reports_differing_return_type_nullability_despite_no_overlap() => ValidationHarness.ExpectErrorsWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ... on NonNullStringBox1 {
              scalar
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """,
        new ExpectedError("Fields \"scalar\" conflict because they return conflicting types \"String!\" and \"String\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (7, 7)));

    [Fact]
    public void Reports_a_list_and_a_non_list_return_type_despite_no_overlap() => ValidationHarness.ExpectErrorsWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ... on IntBox {
              box: listStringBox {
                scalar
              }
            }
            ... on StringBox {
              box: stringBox {
                scalar
              }
            }
          }
        }
        """,
        new ExpectedError("Fields \"box\" conflict because they return conflicting types \"[StringBox]\" and \"StringBox\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)));

    [Fact]
    public void Reports_a_non_list_and_a_list_return_type_despite_no_overlap() => ValidationHarness.ExpectErrorsWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                scalar
              }
            }
            ... on StringBox {
              box: listStringBox {
                scalar
              }
            }
          }
        }
        """,
        new ExpectedError("Fields \"box\" conflict because they return conflicting types \"StringBox\" and \"[StringBox]\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (9, 7)));

    [Fact]
    public void Reports_differing_subfields() => ValidationHarness.ExpectErrorsWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                val: scalar
                val: unrelatedField
              }
            }
            ... on StringBox {
              box: stringBox {
                val: scalar
              }
            }
          }
        }
        """,
        new ExpectedError("Fields \"val\" conflict because \"scalar\" and \"unrelatedField\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (5, 9), (6, 9)));

    [Fact]
    public void Reports_differing_deep_return_types_despite_no_overlap() => ValidationHarness.ExpectErrorsWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ... on IntBox {
              box: stringBox {
                scalar
              }
            }
            ... on StringBox {
              box: intBox {
                scalar
              }
            }
          }
        }
        """,
        new ExpectedError("Fields \"box\" conflict because subfields \"scalar\" conflict because they return conflicting types \"String\" and \"Int\". Use different aliases on the fields to fetch both if this was intentional.", (4, 7), (5, 9), (9, 7), (10, 9)));

    [Fact]
    public void Accepts_non_conflicting_overlapping_types() => ValidationHarness.ExpectValidWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ... on IntBox {
              scalar: unrelatedField
            }
            ... on StringBox {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void Accepts_the_same_wrapped_scalar_return_types() => ValidationHarness.ExpectValidWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ...on NonNullStringBox1 {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void Accepts_inline_fragments_without_a_type_condition() => ValidationHarness.ExpectValidWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          a
          ... {
            a
          }
        }
        """);

    [Fact]
    public void Compares_deep_types_including_lists() => ValidationHarness.ExpectErrorsWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          connection {
            ...edgeID
            edges {
              node {
                id: name
              }
            }
          }
        }

        fragment edgeID on Connection {
          edges {
            node {
              id
            }
          }
        }
        """,
        new ExpectedError("Fields \"edges\" conflict because subfields \"node\" conflict because subfields \"id\" conflict because \"name\" and \"id\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (4, 5), (5, 7), (6, 9), (13, 3), (14, 5), (15, 7)));

    [Fact]
    public void Ignores_unknown_types() => ValidationHarness.ExpectValidWithSchema(
        BoxSchema.Value,
        Rule,
        """
        {
          someBox {
            ...on UnknownType {
              scalar
            }
            ...on NonNullStringBox2 {
              scalar
            }
          }
        }
        """);

    [Fact]
    public void Does_not_loop_forever_on_a_recursive_fragment() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          ...fragA
        }

        fragment fragA on Human { name, relatives { name, ...fragA } }
        """);

    [Fact]
    public void Does_not_loop_forever_on_an_immediately_recursive_fragment() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          ...fragA
        }

        fragment fragA on Human { name, ...fragA }
        """);

    [Fact]
    public void Does_not_loop_forever_on_a_transitively_recursive_fragment() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          ...fragA
          fragB
        }

        fragment fragA on Human { name, ...fragB }
        fragment fragB on Human { name, ...fragC }
        fragment fragC on Human { name, ...fragA }
        """);

    [Fact]
    public void Finds_a_conflict_with_a_field_named_after_a_fragment() => ValidationHarness.ExpectErrors(
        Rule,
        """
        {
          fragA
          ...fragA
        }

        fragment fragA on Type {
          fragA: b
        }
        """,
        new ExpectedError("Fields \"fragA\" conflict because \"fragA\" and \"b\" are different fields. Use different aliases on the fields to fetch both if this was intentional.", (2, 3), (7, 3)));

    [Fact]
    public void Finds_a_conflict_between_a_fragment_spread_and_fields_of_a_recursive_fragment() => ValidationHarness.ExpectValid(
        Rule,
        """
        {
          ...fragA
          fragA
        }

        fragment fragA on Human { name, ...fragB, fragA: pets { name } }
        fragment fragB on Human { name, ...fragA }
        """);
}
