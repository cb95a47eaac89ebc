using System.Diagnostics.CodeAnalysis;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>The SDL names of <see cref="DirectiveLocation"/> values (<c>QUERY</c>, <c>FIELD_DEFINITION</c>, …).</summary>
public static class DirectiveLocations
{
    private static readonly string[] Names =
    [
        "QUERY",
        "MUTATION",
        "SUBSCRIPTION",
        "FIELD",
        "FRAGMENT_DEFINITION",
        "FRAGMENT_SPREAD",
        "INLINE_FRAGMENT",
        "VARIABLE_DEFINITION",
        "SCHEMA",
        "SCALAR",
        "OBJECT",
        "FIELD_DEFINITION",
        "ARGUMENT_DEFINITION",
        "INTERFACE",
        "UNION",
        "ENUM",
        "ENUM_VALUE",
        "INPUT_OBJECT",
        "INPUT_FIELD_DEFINITION",
        "DIRECTIVE_DEFINITION",
    ];

    private static readonly Dictionary<string, DirectiveLocation> ByName = CreateLookup();

    /// <summary>Every location, in the order graphql-js lists them.</summary>
    public static IReadOnlyList<DirectiveLocation> All { get; } = Enum.GetValues<DirectiveLocation>();

    public static string ToName(this DirectiveLocation location) => Names[(int)location];

    public static bool TryParse(string name, [NotNullWhen(true)] out DirectiveLocation? location)
    {
        if (ByName.TryGetValue(name, out var found))
        {
            location = found;
            return true;
        }

        location = null;
        return false;
    }

    private static Dictionary<string, DirectiveLocation> CreateLookup()
    {
        var lookup = new Dictionary<string, DirectiveLocation>(StringComparer.Ordinal);
        for (var i = 0; i < Names.Length; i++)
        {
            lookup[Names[i]] = (DirectiveLocation)i;
        }

        return lookup;
    }
}
