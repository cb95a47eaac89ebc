using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-All-Variable-Usages-are-Allowed — a variable is used
/// only where its type fits: the same type or a stricter one, or a nullable variable where a
/// non-null value is expected only when the variable or the position has a default.
/// </summary>
public sealed class VariablesInAllowedPositionRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly Dictionary<string, VariableDefinitionNode> _definitions = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            _definitions.Clear();
            return true;
        }

        public override bool EnterVariableDefinition(VariableDefinitionNode node)
        {
            _definitions[node.Variable.Name.Value] = node;
            return true;
        }

        public override void LeaveOperationDefinition(OperationDefinitionNode operation)
        {
            foreach (var usage in context.GetRecursiveVariableUsages(operation))
            {
                var name = usage.Node.Name.Value;
                if (!_definitions.TryGetValue(name, out var definition) || usage.Type is not { } locationType)
                {
                    continue;
                }

                var schema = context.Schema;
                var variableType = TypeFromAst.Get(schema, definition.Type);
                if (variableType is not null
                    && !IsAllowed(schema, variableType, definition.DefaultValue, locationType, usage.DefaultValueOwner is not null))
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" of type \"{variableType}\" used in position expecting type \"{locationType}\".",
                        [definition, usage.Node]));
                }

                if (usage.ParentType is GraphQLInputObjectType { IsOneOf: true } oneOfType && variableType is not null and not GraphQLNonNull)
                {
                    context.ReportError(new GraphQLError(
                        $"Variable \"${name}\" is of type \"{variableType}\" but must be non-nullable to be used for OneOf Input Object \"{oneOfType}\".",
                        [definition, usage.Node]));
                }
            }
        }

        /// <summary>
        /// A nullable variable may feed a non-null position when a non-null default stands in for
        /// a missing value (https://spec.graphql.org/October2021/#IsVariableUsageAllowed()).
        /// </summary>
        private static bool IsAllowed(
            GraphQLSchema schema,
            GraphQLType variableType,
            ValueNode? variableDefaultValue,
            GraphQLType locationType,
            bool locationHasDefault)
        {
            if (locationType is GraphQLNonNull nonNullLocation && variableType is not GraphQLNonNull)
            {
                var hasNonNullVariableDefault = variableDefaultValue is not null and not NullValueNode;
                if (!hasNonNullVariableDefault && !locationHasDefault)
                {
                    return false;
                }

                return TypeComparators.IsTypeSubTypeOf(schema, variableType, nonNullLocation.OfType);
            }

            return TypeComparators.IsTypeSubTypeOf(schema, variableType, locationType);
        }
    }
}
