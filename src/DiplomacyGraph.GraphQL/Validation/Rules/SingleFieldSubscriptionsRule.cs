using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Single-root-field — a subscription selects exactly
/// one root field (after fragments are expanded and <c>@skip</c>/<c>@include</c> applied), and
/// that field is not an introspection field.
/// </summary>
/// <remarks>
/// No variable values exist at validation time: a <c>@skip</c>/<c>@include</c> whose <c>if</c> is
/// a variable keeps the field. graphql-js throws there instead of reporting.
/// </remarks>
public sealed class SingleFieldSubscriptionsRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private bool _chargedForDefinitions;

        public override bool EnterOperationDefinition(OperationDefinitionNode node)
        {
            if (node.Operation != OperationType.Subscription || context.Schema.SubscriptionType is not { } subscriptionType)
            {
                return true;
            }

            if (!_chargedForDefinitions)
            {
                context.SpendFragmentWork(context.Document.Definitions.Count);
                _chargedForDefinitions = true;
            }

            var fields = new List<KeyValuePair<string, List<FieldNode>>>();
            var fieldsByKey = new Dictionary<string, List<FieldNode>>(StringComparer.Ordinal);
            CollectFields(subscriptionType, node.SelectionSet, fields, fieldsByKey, new HashSet<string>(StringComparer.Ordinal));

            var operationName = node.Name?.Value;
            if (fields.Count > 1)
            {
                var extraFields = new List<FieldNode>();
                for (var i = 1; i < fields.Count; i++)
                {
                    extraFields.AddRange(fields[i].Value);
                }

                context.ReportError(new GraphQLError(
                    operationName is not null
                        ? $"Subscription \"{operationName}\" must select only one top level field."
                        : "Anonymous Subscription must select only one top level field.",
                    extraFields));
            }

            foreach (var (_, fieldNodes) in fields)
            {
                if (fieldNodes[0].Name.Value.StartsWith("__", StringComparison.Ordinal))
                {
                    context.ReportError(new GraphQLError(
                        operationName is not null
                            ? $"Subscription \"{operationName}\" must not select an introspection top level field."
                            : "Anonymous Subscription must not select an introspection top level field.",
                        fieldNodes));
                }
            }

            return true;
        }

        /// <summary>The spec's CollectFields with no variable values: fields grouped by response key, in order.</summary>
        private void CollectFields(
            GraphQLObjectType type,
            SelectionSetNode selectionSet,
            List<KeyValuePair<string, List<FieldNode>>> fields,
            Dictionary<string, List<FieldNode>> fieldsByKey,
            HashSet<string> visitedFragments)
        {
            ChargeForSelectionSet(selectionSet);
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        if (!ShouldInclude(field))
                        {
                            continue;
                        }

                        var key = field.ResponseKey;
                        if (fieldsByKey.TryGetValue(key, out var group))
                        {
                            group.Add(field);
                        }
                        else
                        {
                            group = [field];
                            fieldsByKey[key] = group;
                            fields.Add(new(key, group));
                        }

                        break;
                    case InlineFragmentNode inline:
                        if (ShouldInclude(inline) && FieldCollector.DoesConditionMatch(context.Schema, inline.TypeCondition, type))
                        {
                            CollectFields(type, inline.SelectionSet, fields, fieldsByKey, visitedFragments);
                        }

                        break;
                    case FragmentSpreadNode spread:
                        var fragmentName = spread.Name.Value;
                        if (visitedFragments.Contains(fragmentName) || !ShouldInclude(spread))
                        {
                            continue;
                        }

                        visitedFragments.Add(fragmentName);
                        if (context.GetFragment(fragmentName) is { } fragment && FieldCollector.DoesConditionMatch(context.Schema, fragment.TypeCondition, type))
                        {
                            CollectFields(type, fragment.SelectionSet, fields, fieldsByKey, visitedFragments);
                        }

                        break;
                }
            }
        }

        private void ChargeForSelectionSet(SelectionSetNode selectionSet)
        {
            context.SpendFragmentWork(selectionSet.Selections.Count);
            foreach (var selection in selectionSet.Selections)
            {
                context.SpendFragmentWork(selection.Directives.Count);
                foreach (var directive in selection.Directives)
                {
                    if (directive.Name.Value is "skip" or "include")
                    {
                        context.SpendFragmentWork(directive.Arguments.Count);
                    }
                }
            }
        }

        private static bool ShouldInclude(SelectionNode selection)
        {
            foreach (var directive in selection.Directives)
            {
                var name = directive.Name.Value;
                if (name is not ("skip" or "include"))
                {
                    continue;
                }

                foreach (var argument in directive.Arguments)
                {
                    if (argument.Name.Value == "if" && argument.Value is BooleanValueNode condition)
                    {
                        if (name == "skip" ? condition.Value : !condition.Value)
                        {
                            return false;
                        }
                    }
                }
            }

            return true;
        }
    }
}
