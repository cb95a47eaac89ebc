using System.Text;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Prints a syntax tree back to GraphQL text in graphql-js 16's canonical form (its <c>print</c>):
/// two-space indentation, one selection or definition per line, arguments wrapped onto their own
/// lines past 80 characters, descriptions above what they describe. Printing is idempotent:
/// parse(print(x)) prints the same again.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node switch
        {
            NameNode n => n.Value,
            VariableNode n => "$" + n.Name.Value,
            DocumentNode n => Join(n.Definitions, "\n\n"),
            OperationDefinitionNode n => PrintOperationDefinition(n),
            VariableDefinitionNode n => Describe(n.Description, Concat(
                Print(n.Variable), ": ", Print(n.Type), Wrap(" = ", n.DefaultValue), Wrap(" ", Join(n.Directives, " ")))),
            SelectionSetNode n => Block(n.Selections),
            FieldNode n => PrintField(n),
            ArgumentNode n => n.Name.Value + ": " + Print(n.Value),
            FragmentSpreadNode n => "..." + n.Name.Value + Wrap(" ", Join(n.Directives, " ")),
            InlineFragmentNode n => JoinParts(" ", "...", Wrap("on ", n.TypeCondition), Join(n.Directives, " "), Print(n.SelectionSet)),
            FragmentDefinitionNode n => Describe(n.Description, Concat(
                "fragment ", n.Name.Value, " on ", n.TypeCondition.Name.Value, " ", Wrap("", Join(n.Directives, " "), " "), Print(n.SelectionSet))),
            IntValueNode n => n.Value,
            FloatValueNode n => n.Value,
            StringValueNode n => n.Block ? BlockString.Print(n.Value) : PrintString(n.Value),
            BooleanValueNode n => n.Value ? "true" : "false",
            NullValueNode => "null",
            EnumValueNode n => n.Value,
            ListValueNode n => "[" + Join(n.Values, ", ") + "]",
            ObjectValueNode n => "{" + Join(n.Fields, ", ") + "}",
            ObjectFieldNode n => n.Name.Value + ": " + Print(n.Value),
            DirectiveNode n => "@" + n.Name.Value + Wrap("(", Join(n.Arguments, ", "), ")"),
            NamedTypeNode n => n.Name.Value,
            ListTypeNode n => "[" + Print(n.Type) + "]",
            NonNullTypeNode n => Print(n.Type) + "!",
            SchemaDefinitionNode n => Describe(n.Description, JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes))),
            OperationTypeDefinitionNode n => OperationKeyword(n.Operation) + ": " + n.Type.Name.Value,
            ScalarTypeDefinitionNode n => Describe(n.Description, JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " "))),
            ObjectTypeDefinitionNode n => Describe(n.Description, JoinParts(
                " ", "type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields))),
            FieldDefinitionNode n => Describe(n.Description, Concat(
                n.Name.Value, PrintArgumentDefinitions(n.Arguments), ": ", Print(n.Type), Wrap(" ", Join(n.Directives, " ")))),
            InputValueDefinitionNode n => Describe(n.Description, Concat(
                n.Name.Value, ": ", Print(n.Type), Wrap(" = ", n.DefaultValue), Wrap(" ", Join(n.Directives, " ")))),
            InterfaceTypeDefinitionNode n => Describe(n.Description, JoinParts(
                " ", "interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields))),
            UnionTypeDefinitionNode n => Describe(n.Description, JoinParts(
                " ", "union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | ")))),
            EnumTypeDefinitionNode n => Describe(n.Description, JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values))),
            EnumValueDefinitionNode n => Describe(n.Description, JoinParts(" ", n.Name.Value, Join(n.Directives, " "))),
            InputObjectTypeDefinitionNode n => Describe(n.Description, JoinParts(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields))),
            DirectiveDefinitionNode n => Describe(n.Description, Concat(
                "directive @", n.Name.Value, PrintArgumentDefinitions(n.Arguments), n.Repeatable ? " repeatable" : "", " on ", Join(n.Locations, " | "))),
            SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
            ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
            ObjectTypeExtensionNode n => JoinParts(
                " ", "extend type", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
            InterfaceTypeExtensionNode n => JoinParts(
                " ", "extend interface", n.Name.Value, Wrap("implements ", Join(n.Interfaces, " & ")), Join(n.Directives, " "), Block(n.Fields)),
            UnionTypeExtensionNode n => JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
            EnumTypeExtensionNode n => JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
            InputObjectTypeExtensionNode n => JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
            _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
        };
    }

    /// <summary>
    /// A string as a GraphQL string literal (graphql-js's <c>printString</c>): quotes, backslashes and
    /// control characters escaped, everything else as is.
    /// </summary>
    public static string PrintString(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var result = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"': result.Append("\\\""); break;
                case '\\': result.Append("\\\\"); break;
                case '\b': result.Append("\\b"); break;
                case '\t': result.Append("\\t"); break;
                case '\n': result.Append("\\n"); break;
                case '\f': result.Append("\\f"); break;
                case '\r': result.Append("\\r"); break;
                case < '\u0020' or (>= '\u007F' and <= '\u009F'):
                    result.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    break;
                default: result.Append(c); break;
            }
        }

        return result.Append('"').ToString();
    }

    private static string PrintOperationDefinition(OperationDefinitionNode node)
    {
        var keyword = OperationKeyword(node.Operation);

        // Variable definitions spanning lines (a description, a block-string default) go one per
        // line, and, as in graphql-js, without indentation.
        var variables = node.VariableDefinitions.Count == 0 ? "" : HasMultilineItems(node.VariableDefinitions)
            ? "(\n" + Join(node.VariableDefinitions, "\n") + "\n)"
            : "(" + Join(node.VariableDefinitions, ", ") + ")";
        var prefix = Describe(node.Description, JoinParts(" ", keyword, (node.Name?.Value ?? "") + variables, Join(node.Directives, " ")));

        // An anonymous query without variables or directives takes the shorthand form.
        var selectionSet = Print(node.SelectionSet);
        return node.Operation == OperationType.Query && prefix.Length == keyword.Length
            ? selectionSet
            : prefix + " " + selectionSet;
    }

    private static string PrintField(FieldNode node)
    {
        var prefix = node.Alias is null ? node.Name.Value : node.Alias.Value + ": " + node.Name.Value;
        var line = prefix;
        if (node.Arguments.Count > 0)
        {
            var arguments = PrintAll(node.Arguments);
            line += prefix.Length + JoinedLength(arguments, ", ") + 2 > MaxLineLength
                ? "(\n" + Indent(string.Join('\n', arguments)) + "\n)"
                : "(" + string.Join(", ", arguments) + ")";
        }

        return Concat(line, Wrap(" ", Join(node.Directives, " ")), Wrap(" ", node.SelectionSet));
    }

    /// <summary>Argument definitions go one per line when any of them spans lines (a description does).</summary>
    private static string PrintArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments)
    {
        if (arguments.Count == 0)
        {
            return "";
        }

        var printed = PrintAll(arguments);
        return Array.Exists(printed, p => p.Contains('\n'))
            ? "(\n" + Indent(string.Join('\n', printed)) + "\n)"
            : "(" + string.Join(", ", printed) + ")";
    }

    private static string OperationKeyword(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        OperationType.Subscription => "subscription",
        _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, null),
    };

    private static string Describe(StringValueNode? description, string text) =>
        description is null ? text : Print(description) + "\n" + text;

    /// <summary>Items one per line, indented, between braces; nothing at all when there are none.</summary>
    private static string Block<T>(IReadOnlyList<T> items)
        where T : SyntaxNode =>
        items.Count == 0 ? "" : "{\n" + Indent(Join(items, "\n")) + "\n}";

    private static string Indent(string text) => text.Length == 0 ? "" : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    private static string Wrap(string start, string text, string end = "") => text.Length == 0 ? "" : start + text + end;

    private static string Wrap(string start, SyntaxNode? node) => node is null ? "" : Wrap(start, Print(node));

    private static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode =>
        nodes.Count == 0 ? "" : JoinParts(separator, PrintAll(nodes));

    /// <summary>Joins the non-empty parts with a separator.</summary>
    private static string JoinParts(string separator, params string[] parts)
    {
        var result = new StringBuilder();
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            if (result.Length > 0)
            {
                result.Append(separator);
            }

            result.Append(part);
        }

        return result.ToString();
    }

    private static string Concat(params string[] parts) => string.Concat(parts);

    private static string[] PrintAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        var printed = new string[nodes.Count];
        for (var i = 0; i < printed.Length; i++)
        {
            printed[i] = Print(nodes[i]);
        }

        return printed;
    }

    private static bool HasMultilineItems<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (Print(nodes[i]).Contains('\n'))
            {
                return true;
            }
        }

        return false;
    }

    private static int JoinedLength(string[] parts, string separator)
    {
        var length = 0;
        foreach (var part in parts)
        {
            if (part.Length != 0)
            {
                length += (length == 0 ? 0 : separator.Length) + part.Length;
            }
        }

        return length;
    }
}
