using System.Text;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// A value literal printed as graphql-js's <c>print</c> prints it (<c>[1, 2]</c>, <c>{a: 1}</c>,
/// <c>"text"</c> with GraphQL escapes), for messages and printed default values.
/// </summary>
internal static class ValueLiteralPrinter
{
    public static string Print(ValueNode valueNode)
    {
        var builder = new StringBuilder();
        Append(builder, valueNode);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, ValueNode valueNode)
    {
        switch (valueNode)
        {
            case NullValueNode:
                builder.Append("null");
                break;
            case IntValueNode intNode:
                builder.Append(intNode.Value);
                break;
            case FloatValueNode floatNode:
                builder.Append(floatNode.Value);
                break;
            case StringValueNode stringNode:
                builder.Append(stringNode.Block ? BlockStringPrinter.Print(stringNode.Value) : PrintString(stringNode.Value));
                break;
            case EnumValueNode enumNode:
                builder.Append(enumNode.Value);
                break;
            case BooleanValueNode booleanNode:
                builder.Append(booleanNode.Value ? "true" : "false");
                break;
            case VariableNode variableNode:
                builder.Append('$').Append(variableNode.Name.Value);
                break;
            case ListValueNode listNode:
                builder.Append('[');
                for (var i = 0; i < listNode.Values.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    Append(builder, listNode.Values[i]);
                }

                builder.Append(']');
                break;
            case ObjectValueNode objectNode:
                builder.Append('{');
                for (var i = 0; i < objectNode.Fields.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(", ");
                    }

                    builder.Append(objectNode.Fields[i].Name.Value).Append(": ");
                    Append(builder, objectNode.Fields[i].Value);
                }

                builder.Append('}');
                break;
        }
    }

    /// <summary>graphql-js's <c>printString</c>: control characters, quote and backslash escaped.</summary>
    public static string PrintString(string value)
    {
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            switch (c)
            {
                case '"':
                    builder.Append("\\\"");
                    break;
                case '\\':
                    builder.Append("\\\\");
                    break;
                case '\b':
                    builder.Append("\\b");
                    break;
                case '\t':
                    builder.Append("\\t");
                    break;
                case '\n':
                    builder.Append("\\n");
                    break;
                case '\f':
                    builder.Append("\\f");
                    break;
                case '\r':
                    builder.Append("\\r");
                    break;
                default:
                    if (c < 0x20 || (c >= 0x7f && c <= 0x9f))
                    {
                        builder.Append("\\u").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
                    }
                    else
                    {
                        builder.Append(c);
                    }

                    break;
            }
        }

        return builder.Append('"').ToString();
    }
}
