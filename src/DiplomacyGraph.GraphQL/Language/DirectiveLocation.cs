namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Where a directive may appear (https://spec.graphql.org/October2021/#DirectiveLocations).
/// Written in SDL and introspection as <c>FIELD_DEFINITION</c> etc.; see <see cref="DirectiveLocations"/>.
/// </summary>
public enum DirectiveLocation
{
    // https://spec.graphql.org/October2021/#ExecutableDirectiveLocation
    Query,
    Mutation,
    Subscription,
    Field,
    FragmentDefinition,
    FragmentSpread,
    InlineFragment,
    VariableDefinition,

    // https://spec.graphql.org/October2021/#TypeSystemDirectiveLocation
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

    // Not in the October 2021 spec: graphql-js 16 lets @deprecated mark directive definitions.
    DirectiveDefinition,
}

/// <summary>The spec's names of directive locations, both ways.</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY", "MUTATION", "SUBSCRIPTION", "FIELD", "FRAGMENT_DEFINITION", "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT", "VARIABLE_DEFINITION", "SCHEMA", "SCALAR", "OBJECT", "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION", "INTERFACE", "UNION", "ENUM", "ENUM_VALUE", "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION", "DIRECTIVE_DEFINITION",
    ];

    /// <summary>The location as SDL and introspection write it: <c>FIELD_DEFINITION</c>.</summary>
    public static string ToSpecName(this DirectiveLocation location) => Names[(int)location];

    /// <summary>Reads a spec name (<c>FIELD_DEFINITION</c>); false for anything else, case included.</summary>
    public static bool TryParse(ReadOnlySpan<char> name, out DirectiveLocation location)
    {
        for (var i = 0; i < Names.Length; i++)
        {
            if (name.SequenceEqual(Names[i]))
            {
                location = (DirectiveLocation)i;
                return true;
            }
        }

        location = default;
        return false;
    }
}
