using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// The rules of the spec's Validation section, in graphql-js's order (chosen so that, when a
/// document breaks several rules, the clearest errors come first), and the rules for SDL.
/// </summary>
public static class SpecifiedRules
{
    /// <summary>Every rule an executable document must pass (graphql-js's <c>specifiedRules</c>).</summary>
    public static IReadOnlyList<IValidationRule> All { get; } =
    [
        // https://spec.graphql.org/October2021/#sec-Executable-Definitions
        new ExecutableDefinitionsRule(),
        // https://spec.graphql.org/October2021/#sec-Operation-Name-Uniqueness
        new UniqueOperationNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Lone-Anonymous-Operation
        new LoneAnonymousOperationRule(),
        // https://spec.graphql.org/October2021/#sec-Single-root-field
        new SingleFieldSubscriptionsRule(),
        // https://spec.graphql.org/October2021/#sec-Fragment-Spread-Type-Existence
        new KnownTypeNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Fragments-On-Composite-Types
        new FragmentsOnCompositeTypesRule(),
        // https://spec.graphql.org/October2021/#sec-Variables-Are-Input-Types
        new VariablesAreInputTypesRule(),
        // https://spec.graphql.org/October2021/#sec-Leaf-Field-Selections
        new ScalarLeafsRule(),
        // https://spec.graphql.org/October2021/#sec-Field-Selections
        new FieldsOnCorrectTypeRule(),
        // https://spec.graphql.org/October2021/#sec-Fragment-Name-Uniqueness
        new UniqueFragmentNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Fragment-spread-target-defined
        new KnownFragmentNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Fragments-Must-Be-Used
        new NoUnusedFragmentsRule(),
        // https://spec.graphql.org/October2021/#sec-Fragment-spread-is-possible
        new PossibleFragmentSpreadsRule(),
        // https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles
        new NoFragmentCyclesRule(),
        // https://spec.graphql.org/October2021/#sec-Variable-Uniqueness
        new UniqueVariableNamesRule(),
        // https://spec.graphql.org/October2021/#sec-All-Variable-Uses-Defined
        new NoUndefinedVariablesRule(),
        // https://spec.graphql.org/October2021/#sec-All-Variables-Used
        new NoUnusedVariablesRule(),
        // https://spec.graphql.org/October2021/#sec-Directives-Are-Defined
        new KnownDirectivesRule(),
        // https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location
        new UniqueDirectivesPerLocationRule(),
        // https://spec.graphql.org/October2021/#sec-Argument-Names
        new KnownArgumentNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Argument-Uniqueness
        new UniqueArgumentNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type
        new ValuesOfCorrectTypeRule(),
        // https://spec.graphql.org/October2021/#sec-Required-Arguments
        new ProvidedRequiredArgumentsRule(),
        // https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed
        new VariablesInAllowedPositionRule(),
        // https://spec.graphql.org/October2021/#sec-Field-Selection-Merging
        new OverlappingFieldsCanBeMergedRule(),
        // https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness
        new UniqueInputFieldNamesRule(),
        // Not in the spec; graphql-js 16 runs it by default ("recommended") so that introspection
        // cannot be nested into an exponentially large response.
        new MaxIntrospectionDepthRule(),
    ];

    /// <summary>The rules a type-system document must pass (graphql-js's <c>specifiedSDLRules</c>).</summary>
    public static IReadOnlyList<ISdlValidationRule> Sdl { get; } =
    [
        // https://spec.graphql.org/October2021/#sec-Schema
        new LoneSchemaDefinitionRule(),
        // https://spec.graphql.org/October2021/#sec-Root-Operation-Types
        new UniqueOperationTypesRule(),
        // https://spec.graphql.org/October2021/#sec-Types
        new UniqueTypeNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Enums
        new UniqueEnumValueNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Objects
        new UniqueFieldDefinitionNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Field-Arguments
        new UniqueArgumentDefinitionNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Type-System.Directives
        new UniqueDirectiveNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Types
        new KnownTypeNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Directives-Are-Defined
        new KnownDirectivesRule(),
        // https://spec.graphql.org/October2021/#sec-Directives-Are-Unique-Per-Location
        new UniqueDirectivesPerLocationRule(),
        // https://spec.graphql.org/October2021/#sec-Object-Extensions (and the other type extensions)
        new PossibleTypeExtensionsRule(),
        // https://spec.graphql.org/October2021/#sec-Argument-Names
        new KnownArgumentNamesOnDirectivesRule(),
        // https://spec.graphql.org/October2021/#sec-Argument-Uniqueness
        new UniqueArgumentNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness
        new UniqueInputFieldNamesRule(),
        // https://spec.graphql.org/October2021/#sec-Required-Arguments
        new ProvidedRequiredArgumentsOnDirectivesRule(),
    ];
}
