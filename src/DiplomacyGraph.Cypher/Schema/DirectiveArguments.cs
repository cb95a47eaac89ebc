using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Schema;

/// <summary>Reads the literal arguments of a mapping directive written in the SDL.</summary>
internal static class DirectiveArguments
{
    public static DirectiveNode? Find(IReadOnlyList<DirectiveNode> directives, string name)
    {
        foreach (var directive in directives)
        {
            if (directive.Name.Value == name)
            {
                return directive;
            }
        }

        return null;
    }

    public static ValueNode? Value(DirectiveNode directive, string argument)
    {
        foreach (var node in directive.Arguments)
        {
            if (node.Name.Value == argument)
            {
                return node.Value is NullValueNode ? null : node.Value;
            }
        }

        return null;
    }

    public static string? String(DirectiveNode directive, string argument, string where) => Value(directive, argument) switch
    {
        null => null,
        StringValueNode text => text.Value,
        _ => throw new SchemaDefinitionException($"{where}: @{directive.Name.Value}({argument}:) must be a string."),
    };

    public static string RequiredString(DirectiveNode directive, string argument, string where) =>
        String(directive, argument, where) is { Length: > 0 } text
            ? text
            : throw new SchemaDefinitionException($"{where}: @{directive.Name.Value} needs a non-empty '{argument}' argument.");

    public static string? Enum(DirectiveNode directive, string argument, string where) => Value(directive, argument) switch
    {
        null => null,
        EnumValueNode value => value.Value,
        _ => throw new SchemaDefinitionException($"{where}: @{directive.Name.Value}({argument}:) must be an enum value."),
    };

    public static long? Int(DirectiveNode directive, string argument, string where) => Value(directive, argument) switch
    {
        null => null,
        IntValueNode value => long.Parse(value.Value, System.Globalization.CultureInfo.InvariantCulture),
        _ => throw new SchemaDefinitionException($"{where}: @{directive.Name.Value}({argument}:) must be an integer."),
    };

    public static IReadOnlyList<string>? StringList(DirectiveNode directive, string argument, string where) => Value(directive, argument) switch
    {
        null => null,
        StringValueNode single => [single.Value],
        ListValueNode list => [.. list.Values.Select(item => item is StringValueNode text
            ? text.Value
            : throw new SchemaDefinitionException($"{where}: @{directive.Name.Value}({argument}:) must be a list of strings."))],
        _ => throw new SchemaDefinitionException($"{where}: @{directive.Name.Value}({argument}:) must be a list of strings."),
    };
}
