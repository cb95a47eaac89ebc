namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// Where a directive may be written (https://spec.graphql.org/October2021/#DirectiveLocations),
/// plus graphql-js v16's <c>DIRECTIVE_DEFINITION</c> (for deprecating directives).
/// <see cref="DirectiveLocations"/> converts to and from the SDL names (<c>FIELD_DEFINITION</c>).
/// </summary>
public enum DirectiveLocation
{
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,
    Schema,
    Scalar,
    Object,
    FieldDefinition,
    ArgumentDefinition,
    Interface,
    Union,
    Enum,
    EnumValue,
    InputObject,
    InputFieldDefinition,
    DirectiveDefinition,
}
