using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Values-of-Correct-Type — every literal value (in
/// arguments and default values) can be coerced to the type expected where it stands; input
/// objects name only their fields (https://spec.graphql.org/October2021/#sec-Input-Object-Field-Names)
/// and give every required one (https://spec.graphql.org/October2021/#sec-Input-Object-Required-Fields).
/// </summary>
/// <remarks>
/// Scalars and enums decide by their own literal coercion; the error it raises is reported as is.
/// </remarks>
public sealed class ValuesOfCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterValue(ValueNode node)
        {
            switch (node)
            {
                case ListValueNode:
                    // TypeInfo has already stepped into the list's item type, so look at the parent.
                    if (context.ParentInputType?.GetNullableType() is not GraphQLList)
                    {
                        CheckLeafValue(node);
                        return false;
                    }

                    return true;
                case ObjectValueNode objectValue:
                    if (context.InputType?.GetNamedType() is not GraphQLInputObjectType inputObjectType)
                    {
                        CheckLeafValue(node);
                        return false;
                    }

                    CheckInputObject(objectValue, inputObjectType);
                    return true;
                case NullValueNode:
                    if (context.InputType is GraphQLNonNull nonNullType)
                    {
                        context.ReportError(new GraphQLError($"Expected value of type \"{nonNullType}\", found null.", [node]));
                    }

                    return true;
                default:
                    CheckLeafValue(node);
                    return true;
            }
        }

        public override bool EnterObjectField(ObjectFieldNode node)
        {
            if (context.InputType is null && context.ParentInputType?.GetNamedType() is GraphQLInputObjectType parentType)
            {
                var suggestions = context.HideSuggestions
                    ? []
                    : SuggestionList.For(node.Name.Value, parentType.Fields.Keys);
                context.ReportError(new GraphQLError(
                    $"Field \"{node.Name.Value}\" is not defined by type \"{parentType.Name}\"." + DidYouMean.Format(suggestions),
                    [node]));
            }

            return true;
        }

        private void CheckInputObject(ObjectValueNode node, GraphQLInputObjectType type)
        {
            // The last of several fields of one name counts, as in graphql-js's keyMap.
            var fieldsByName = new Dictionary<string, ObjectFieldNode>(StringComparer.Ordinal);
            foreach (var field in node.Fields)
            {
                fieldsByName[field.Name.Value] = field;
            }

            foreach (var fieldDef in type.Fields.Values)
            {
                if (fieldDef.IsRequired && !fieldsByName.ContainsKey(fieldDef.Name))
                {
                    context.ReportError(new GraphQLError(
                        $"Field \"{type.Name}.{fieldDef.Name}\" of required type \"{fieldDef.Type}\" was not provided.",
                        [node]));
                }
            }

            if (type.IsOneOf)
            {
                CheckOneOfInputObject(node, type, fieldsByName);
            }
        }

        private void CheckOneOfInputObject(ObjectValueNode node, GraphQLInputObjectType type, Dictionary<string, ObjectFieldNode> fieldsByName)
        {
            if (fieldsByName.Count != 1)
            {
                context.ReportError(new GraphQLError($"OneOf Input Object \"{type.Name}\" must specify exactly one key.", [node]));
                return;
            }

            foreach (var (name, field) in fieldsByName)
            {
                if (field.Value is NullValueNode)
                {
                    context.ReportError(new GraphQLError($"Field \"{type.Name}.{name}\" must be non-null.", [node]));
                }
            }
        }

        /// <summary>A value where a scalar or enum is expected (or a list or object where one is not).</summary>
        private void CheckLeafValue(ValueNode node)
        {
            // Report any error at the full type expected by the location.
            if (context.InputType is not { } locationType)
            {
                return;
            }

            var type = locationType?.GetNamedType();
            try
            {
                switch (type)
                {
                    case GraphQLScalarType scalar:
                        scalar.ParseLiteral(node);
                        break;
                    case GraphQLEnumType enumType when context.HideSuggestions:
                        CheckEnumLiteralWithoutSuggestions(enumType, node);
                        break;
                    case GraphQLEnumType enumType:
                        enumType.ParseLiteral(node);
                        break;
                    default:
                        context.ReportError(new GraphQLError(
                            $"Expected value of type \"{locationType}\", found {Printer.Print(node)}.",
                            [node]));
                        break;
                }
            }
            catch (GraphQLException exception)
            {
                context.ReportError(new GraphQLError(exception.Message, exception.Nodes, extensions: exception.Extensions, originalError: exception));
            }
            catch (Exception exception) when (exception is not ValidationAbortedException)
            {
                // A custom scalar that fails with an ordinary exception: say what was expected and why.
                context.ReportError(new GraphQLError(
                    $"Expected value of type \"{locationType}\", found {Printer.Print(node)}; {exception.Message}",
                    [node],
                    originalError: exception));
            }
        }

        /// <summary>The enum's own literal check, with messages that do not list the enum's values.</summary>
        private void CheckEnumLiteralWithoutSuggestions(GraphQLEnumType enumType, ValueNode node)
        {
            if (node is not EnumValueNode enumNode)
            {
                context.ReportError(new GraphQLError(
                    $"Enum \"{enumType.Name}\" cannot represent non-enum value: {Printer.Print(node)}.",
                    [node]));
            }
            else if (enumType.GetValue(enumNode.Value) is null)
            {
                context.ReportError(new GraphQLError($"Value \"{enumNode.Value}\" does not exist in \"{enumType.Name}\" enum.", [node]));
            }
        }
    }
}
