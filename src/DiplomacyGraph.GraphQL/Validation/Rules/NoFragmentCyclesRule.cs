using System.Text;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Fragment-spreads-must-not-form-cycles — a fragment
/// may not spread itself, directly or through other fragments, or execution would never end.
/// </summary>
/// <remarks>
/// One depth-first search over all fragments: each fragment is explored once (O(N)), and the
/// search goes on after a cycle so that every cycle is reported, each only once.
/// </remarks>
public sealed class NoFragmentCyclesRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly HashSet<string> _visitedFragments = new(StringComparer.Ordinal);
        private readonly List<FragmentSpreadNode> _spreadPath = [];
        private readonly Dictionary<string, int> _spreadPathIndexByName = new(StringComparer.Ordinal);

        public override bool EnterOperationDefinition(OperationDefinitionNode node) => false;

        public override bool EnterFragmentDefinition(FragmentDefinitionNode node)
        {
            DetectCycles(node);
            return false;
        }

        private void DetectCycles(FragmentDefinitionNode fragment)
        {
            var fragmentName = fragment.Name.Value;
            if (!_visitedFragments.Add(fragmentName))
            {
                return;
            }

            var spreads = context.GetFragmentSpreads(fragment.SelectionSet);
            if (spreads.Count == 0)
            {
                return;
            }

            _spreadPathIndexByName[fragmentName] = _spreadPath.Count;
            foreach (var spread in spreads)
            {
                var spreadName = spread.Name.Value;
                _spreadPath.Add(spread);
                if (!_spreadPathIndexByName.TryGetValue(spreadName, out var cycleIndex))
                {
                    if (context.GetFragment(spreadName) is { } spreadFragment)
                    {
                        DetectCycles(spreadFragment);
                    }
                }
                else
                {
                    ReportCycle(spreadName, cycleIndex);
                }

                _spreadPath.RemoveAt(_spreadPath.Count - 1);
            }

            _spreadPathIndexByName.Remove(fragmentName);
        }

        private void ReportCycle(string spreadName, int cycleIndex)
        {
            var cyclePath = _spreadPath.GetRange(cycleIndex, _spreadPath.Count - cycleIndex);
            var via = new StringBuilder();
            for (var i = 0; i < cyclePath.Count - 1; i++)
            {
                via.Append(i == 0 ? "\"" : ", \"").Append(cyclePath[i].Name.Value).Append('"');
            }

            var message = via.Length > 0
                ? $"Cannot spread fragment \"{spreadName}\" within itself via {via}."
                : $"Cannot spread fragment \"{spreadName}\" within itself.";
            context.ReportError(new GraphQLError(message, cyclePath));
        }
    }
}
