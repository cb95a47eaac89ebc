using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// CollectFields of the spec for one runtime type: merges fields by response key across fragments
/// and inline fragments whose type condition applies, honouring <c>@skip</c> and <c>@include</c>
/// (https://spec.graphql.org/October2021/#sec-Field-Collection).
/// </summary>
internal sealed class SelectionCollector(
    IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
    IReadOnlyDictionary<string, object?> variables)
{
    /// <param name="appliesTo">Whether a fragment's type condition (a type name) includes the runtime type.</param>
    public IReadOnlyList<CollectedField> Collect(IEnumerable<SelectionSetNode> selectionSets, Func<string, bool> appliesTo)
    {
        var order = new List<string>();
        var byKey = new Dictionary<string, (string Name, List<FieldNode> Nodes)>(StringComparer.Ordinal);
        var visitedFragments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var selectionSet in selectionSets)
        {
            CollectInto(selectionSet, appliesTo, order, byKey, visitedFragments);
        }

        return [.. order.Select(key => new CollectedField(key, byKey[key].Name, byKey[key].Nodes))];
    }

    private void CollectInto(
        SelectionSetNode selectionSet,
        Func<string, bool> appliesTo,
        List<string> order,
        Dictionary<string, (string Name, List<FieldNode> Nodes)> byKey,
        HashSet<string> visitedFragments)
    {
        foreach (var selection in selectionSet.Selections)
        {
            if (!IsIncluded(selection.Directives))
            {
                continue;
            }

            switch (selection)
            {
                case FieldNode field:
                    if (byKey.TryGetValue(field.ResponseKey, out var entry))
                    {
                        entry.Nodes.Add(field);
                    }
                    else
                    {
                        order.Add(field.ResponseKey);
                        byKey[field.ResponseKey] = (field.Name.Value, [field]);
                    }

                    break;
                case InlineFragmentNode inline when inline.TypeCondition is null || appliesTo(inline.TypeCondition.Name.Value):
                    CollectInto(inline.SelectionSet, appliesTo, order, byKey, visitedFragments);
                    break;
                case FragmentSpreadNode spread when visitedFragments.Add(spread.Name.Value)
                    && fragments.TryGetValue(spread.Name.Value, out var fragment)
                    && appliesTo(fragment.TypeCondition.Name.Value):
                    CollectInto(fragment.SelectionSet, appliesTo, order, byKey, visitedFragments);
                    break;
            }
        }
    }

    private bool IsIncluded(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            var name = directive.Name.Value;
            if (name is not ("skip" or "include"))
            {
                continue;
            }

            var condition = directive.Arguments.FirstOrDefault(argument => argument.Name.Value == "if")?.Value;
            var value = condition is null ? null : ArgumentValues.FromLiteral(condition, variables);
            if (name == "skip" && value is true)
            {
                return false;
            }

            if (name == "include" && value is not true)
            {
                return false;
            }
        }

        return true;
    }
}
