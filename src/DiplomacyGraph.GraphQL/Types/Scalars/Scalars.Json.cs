using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

public static partial class Scalars
{
    /// <summary>
    /// Any JSON value: maps, lists, strings, numbers, booleans, null. Values pass through unchanged;
    /// a literal becomes the plain value it writes, with variables inside it substituted.
    /// </summary>
    public static readonly GraphQLScalarType Json = new("JSON")
    {
        Description = "The `JSON` scalar type represents any JSON value: an object, a list, a string, a number, a boolean or null.",
        SpecifiedByUrl = "https://www.rfc-editor.org/rfc/rfc8259",
        Serializer = static value => value,
        ValueParser = static value => value,
        LiteralParser = static (node, variables) => UntypedValues.FromAst(node, variables),
    };
}
