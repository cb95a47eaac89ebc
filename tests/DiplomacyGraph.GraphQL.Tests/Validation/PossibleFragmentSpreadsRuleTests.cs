using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Tests.Validation;

/// <summary>https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible</summary>
public sealed class PossibleFragmentSpreadsRuleTests
{
    private static readonly PossibleFragmentSpreadsRule Rule = new();

    private static readonly Lazy<GraphQLSchema> BeingSchema = new(() => TestSchema.Build("""
        interface Being { name: String }
        interface Pet implements Being { name: String }
        type Dog implements Being & Pet { name: String, barkVolume: Int }
        type Cat implements Being & Pet { name: String, meowVolume: Int }
        union CatOrDog = Cat | Dog
        interface Intelligent { iq: Int }
        type Human implements Being & Intelligent { name: String, pets: [Pet], iq: Int }
        type Alien implements Being & Intelligent { name: String, iq: Int }
        union DogOrHuman = Dog | Human
        union HumanOrAlien = Human | Alien
        type Query { catOrDog: CatOrDog, dogOrHuman: DogOrHuman, humanOrAlien: HumanOrAlien }
        """));

    [Fact]
    public void Accepts_the_same_object() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment objectWithinObject on Dog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Accepts_the_same_object_inline() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment objectWithinObjectAnon on Dog { ... on Dog { barkVolume } }
        """);

    [Fact]
    public void Accepts_an_object_into_an_implemented_interface() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment objectWithinInterface on Pet { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Accepts_an_object_into_a_containing_union() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment objectWithinUnion on CatOrDog { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """);

    [Fact]
    public void Accepts_a_union_into_a_contained_object() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment unionWithinObject on Dog { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Accepts_a_union_into_an_overlapping_interface() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment unionWithinInterface on Pet { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Accepts_a_union_into_an_overlapping_union() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment unionWithinUnion on DogOrHuman { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """);

    [Fact]
    public void Accepts_an_interface_into_an_implementing_object() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment interfaceWithinObject on Dog { ...petFragment }
        fragment petFragment on Pet { name }
        """);

    [Fact]
    public void Accepts_an_interface_into_an_overlapping_interface() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment interfaceWithinInterface on Pet { ...beingFragment }
        fragment beingFragment on Being { name }
        """);

    [Fact]
    public void Accepts_an_interface_into_an_overlapping_interface_inline() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment interfaceWithinInterface on Pet { ... on Being { name } }
        """);

    [Fact]
    public void Accepts_an_interface_into_an_overlapping_union() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment interfaceWithinUnion on CatOrDog { ...petFragment }
        fragment petFragment on Pet { name }
        """);

    [Fact]
    public void Ignores_spreads_of_unknown_fragments() => ValidationHarness.ExpectValidWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment petFragment on Pet { ...badInADifferentWay }
        """);

    [Fact]
    public void Reports_a_different_object_into_an_object() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidObjectWithinObject on Cat { ...dogFragment }
        fragment dogFragment on Dog { barkVolume }
        """,
        new ExpectedError("Fragment \"dogFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (1, 45)));

    [Fact]
    public void Reports_a_different_object_into_an_object_inline() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidObjectWithinObjectAnon on Cat {
          ... on Dog { barkVolume }
        }
        """,
        new ExpectedError("Fragment cannot be spread here as objects of type \"Cat\" can never be of type \"Dog\".", (2, 3)));

    [Fact]
    public void Reports_an_object_into_a_not_implementing_interface() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidObjectWithinInterface on Pet { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        new ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Human\".", (1, 48)));

    [Fact]
    public void Reports_an_object_into_a_not_containing_union() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidObjectWithinUnion on CatOrDog { ...humanFragment }
        fragment humanFragment on Human { pets { name } }
        """,
        new ExpectedError("Fragment \"humanFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"Human\".", (1, 49)));

    [Fact]
    public void Reports_a_union_into_a_not_contained_object() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidUnionWithinObject on Human { ...catOrDogFragment }
        fragment catOrDogFragment on CatOrDog { __typename }
        """,
        new ExpectedError("Fragment \"catOrDogFragment\" cannot be spread here as objects of type \"Human\" can never be of type \"CatOrDog\".", (1, 46)));

    [Fact]
    public void Reports_a_union_into_a_non_overlapping_interface() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidUnionWithinInterface on Pet { ...humanOrAlienFragment }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        new ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"HumanOrAlien\".", (1, 47)));

    [Fact]
    public void Reports_a_union_into_a_non_overlapping_union() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidUnionWithinUnion on CatOrDog { ...humanOrAlienFragment }
        fragment humanOrAlienFragment on HumanOrAlien { __typename }
        """,
        new ExpectedError("Fragment \"humanOrAlienFragment\" cannot be spread here as objects of type \"CatOrDog\" can never be of type \"HumanOrAlien\".", (1, 48)));

    [Fact]
    public void Reports_an_interface_into_a_non_implementing_object() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidInterfaceWithinObject on Cat { ...intelligentFragment }
        fragment intelligentFragment on Intelligent { iq }
        """,
        new ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Cat\" can never be of type \"Intelligent\".", (1, 48)));

    [Fact]
    public void Reports_an_interface_into_a_non_overlapping_interface() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidInterfaceWithinInterface on Pet {
          ...intelligentFragment
        }
        fragment intelligentFragment on Intelligent { iq }
        """,
        new ExpectedError("Fragment \"intelligentFragment\" cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)));

    [Fact]
    public void Reports_an_interface_into_a_non_overlapping_interface_inline() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidInterfaceWithinInterfaceAnon on Pet {
          ...on Intelligent { iq }
        }
        """,
        new ExpectedError("Fragment cannot be spread here as objects of type \"Pet\" can never be of type \"Intelligent\".", (2, 3)));

    [Fact]
    public void Reports_an_interface_into_a_non_overlapping_union() => ValidationHarness.ExpectErrorsWithSchema(
        BeingSchema.Value,
        Rule,
        """
        fragment invalidInterfaceWithinUnion on HumanOrAlien { ...petFragment }
        fragment petFragment on Pet { name }
        """,
        new ExpectedError("Fragment \"petFragment\" cannot be spread here as objects of type \"HumanOrAlien\" can never be of type \"Pet\".", (1, 56)));
}
