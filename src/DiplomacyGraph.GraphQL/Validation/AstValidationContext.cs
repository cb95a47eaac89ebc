using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// What every rule may ask while a document is validated, with or without a schema: the document,
/// its fragments, the spreads under a selection set, and where to report an error. Answers are
/// computed once and cached, since several rules ask the same questions.
/// </summary>
public abstract class AstValidationContext
{
    /// <summary>
    /// How much fragment bookkeeping one document may cost before validation gives up, so a
    /// document crafted to make fragment resolution quadratic cannot pin the CPU (graphql-js's budget).
    /// </summary>
    private const int FragmentWorkBudget = 50_000;

    private readonly Action<GraphQLError> _onError;
    private readonly List<SyntaxNode> _ancestors = [];
    private readonly Dictionary<SelectionSetNode, List<FragmentSpreadNode>> _fragmentSpreads =
        new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<OperationDefinitionNode, List<FragmentDefinitionNode>> _referencedFragments =
        new(ReferenceEqualityComparer.Instance);
    private Dictionary<string, FragmentDefinitionNode>? _fragments;
    private int _remainingFragmentWork = FragmentWorkBudget;

    protected AstValidationContext(DocumentNode document, Action<GraphQLError> onError, bool hideSuggestions)
    {
        Document = document;
        _onError = onError;
        HideSuggestions = hideSuggestions;
    }

    public DocumentNode Document { get; }

    /// <summary>When true, messages leave out "Did you mean …?" hints, so a schema's names are not leaked.</summary>
    public bool HideSuggestions { get; }

    /// <summary>The nodes enclosing the node being visited, outermost first (the document is first).</summary>
    public IReadOnlyList<SyntaxNode> Ancestors => _ancestors;

    internal List<SyntaxNode> AncestorStack => _ancestors;

    public void ReportError(GraphQLError error) => _onError(error);

    /// <summary>The fragment of that name; when a name is defined twice, the last one (as graphql-js).</summary>
    public FragmentDefinitionNode? GetFragment(string name)
    {
        if (_fragments is null)
        {
            _fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
            foreach (var definition in Document.Definitions)
            {
                if (definition is FragmentDefinitionNode fragment)
                {
                    _fragments[fragment.Name.Value] = fragment;
                }
            }
        }

        return _fragments.GetValueOrDefault(name);
    }

    /// <summary>Every fragment spread under a selection set, not following the spreads themselves.</summary>
    public IReadOnlyList<FragmentSpreadNode> GetFragmentSpreads(SelectionSetNode selectionSet)
    {
        if (_fragmentSpreads.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        // Same order as graphql-js (a stack of selection sets), so errors come out in the same order.
        var spreads = new List<FragmentSpreadNode>();
        var setsToVisit = new Stack<SelectionSetNode>();
        setsToVisit.Push(selectionSet);
        while (setsToVisit.TryPop(out var set))
        {
            foreach (var selection in set.Selections)
            {
                switch (selection)
                {
                    case FragmentSpreadNode spread:
                        spreads.Add(spread);
                        break;
                    case FieldNode { SelectionSet: { } fieldSelections }:
                        setsToVisit.Push(fieldSelections);
                        break;
                    case InlineFragmentNode inline:
                        setsToVisit.Push(inline.SelectionSet);
                        break;
                }
            }
        }

        _fragmentSpreads[selectionSet] = spreads;
        return spreads;
    }

    /// <summary>Every fragment an operation uses, directly or through other fragments; each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(OperationDefinitionNode operation)
    {
        if (!_referencedFragments.TryGetValue(operation, out var fragments))
        {
            fragments = CollectReferencedFragments([operation]);
            _referencedFragments[operation] = fragments;
        }

        return fragments;
    }

    /// <summary>Every fragment any of the operations uses, directly or through other fragments; each once.</summary>
    public IReadOnlyList<FragmentDefinitionNode> GetRecursivelyReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations) =>
        CollectReferencedFragments(operations);

    /// <summary>Charges fragment bookkeeping to the document's budget; aborts validation when it is spent.</summary>
    public void SpendFragmentWork(int cost)
    {
        _remainingFragmentWork -= cost;
        if (_remainingFragmentWork < 0)
        {
            throw new ValidationAbortedException();
        }
    }

    private List<FragmentDefinitionNode> CollectReferencedFragments(IReadOnlyList<OperationDefinitionNode> operations)
    {
        // An insertion-ordered set that grows while it is read: names found in a fragment are
        // appended and visited in turn, so each fragment is looked at once.
        var names = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var operation in operations)
        {
            foreach (var spread in GetFragmentSpreads(operation.SelectionSet))
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        SpendFragmentWork(names.Count);
        var fragments = new List<FragmentDefinitionNode>();
        for (var i = 0; i < names.Count; i++)
        {
            if (GetFragment(names[i]) is not { } fragment)
            {
                continue;
            }

            fragments.Add(fragment);
            var spreads = GetFragmentSpreads(fragment.SelectionSet);
            SpendFragmentWork(spreads.Count);
            foreach (var spread in spreads)
            {
                if (seen.Add(spread.Name.Value))
                {
                    names.Add(spread.Name.Value);
                }
            }
        }

        return fragments;
    }
}
