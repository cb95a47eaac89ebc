using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// Not a rule of the spec: graphql-js 16 runs it by default ("recommended rules"). Introspection
/// lists (<c>fields</c>, <c>interfaces</c>, <c>possibleTypes</c>, <c>inputFields</c>) may be nested
/// at most three deep under <c>__schema</c> or <c>__type</c>, following fragments; deeper nesting
/// only serves to make the response explode. The standard introspection query stays within it.
/// </summary>
public sealed class MaxIntrospectionDepthRule : IValidationRule
{
    private const int MaxListsDepth = 3;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        // Per fragment, shared across checks: the greatest entry depth (list depth before entering
        // the fragment) at which its check completed within the limit, and the smallest at which
        // it reached the limit. A check repeated at a shallower (resp. deeper) entry depth has the
        // same outcome, so neither is repeated.
        private readonly Dictionary<string, int> _checkedFragments = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _exceededFragments = new(StringComparer.Ordinal);

        public override bool EnterField(FieldNode node)
        {
            if (node.Name.Value is not ("__schema" or "__type"))
            {
                return true;
            }

            // Per fragment, the greatest entry depth at which this check visited it, including
            // visits still in progress (which breaks cycles).
            var visitedFragments = new Dictionary<string, int>(StringComparer.Ordinal);
            if (ExceedsDepth(node, visitedFragments, 0))
            {
                context.ReportError(new GraphQLError("Maximum introspection depth exceeded", [node]));
                return false;
            }

            return true;
        }

        private bool ExceedsDepth(SelectionNode node, Dictionary<string, int> visitedFragments, int depth)
        {
            switch (node)
            {
                case FragmentSpreadNode spread:
                    return FragmentExceedsDepth(spread.Name.Value, visitedFragments, depth);
                case FieldNode field:
                    if (field.Name.Value is "fields" or "interfaces" or "possibleTypes" or "inputFields")
                    {
                        depth++;
                        if (depth >= MaxListsDepth)
                        {
                            return true;
                        }
                    }

                    return field.SelectionSet is { } selectionSet && SelectionsExceedDepth(selectionSet, visitedFragments, depth);
                case InlineFragmentNode inline:
                    return SelectionsExceedDepth(inline.SelectionSet, visitedFragments, depth);
                default:
                    return false;
            }
        }

        private bool SelectionsExceedDepth(SelectionSetNode selectionSet, Dictionary<string, int> visitedFragments, int depth)
        {
            foreach (var child in selectionSet.Selections)
            {
                if (ExceedsDepth(child, visitedFragments, depth))
                {
                    return true;
                }
            }

            return false;
        }

        private bool FragmentExceedsDepth(string fragmentName, Dictionary<string, int> visitedFragments, int depth)
        {
            if (_exceededFragments.TryGetValue(fragmentName, out var exceededDepth) && exceededDepth <= depth)
            {
                return true;
            }

            if ((visitedFragments.TryGetValue(fragmentName, out var visitedDepth) && visitedDepth >= depth)
                || (_checkedFragments.TryGetValue(fragmentName, out var checkedDepth) && checkedDepth >= depth))
            {
                return false;
            }

            // A missing fragment is KnownFragmentNamesRule's to report.
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return false;
            }

            visitedFragments[fragmentName] = depth;
            if (SelectionsExceedDepth(fragment.SelectionSet, visitedFragments, depth))
            {
                _exceededFragments[fragmentName] = depth;
                return true;
            }

            _checkedFragments[fragmentName] = depth;
            return false;
        }
    }
}
