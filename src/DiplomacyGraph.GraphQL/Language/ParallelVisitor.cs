using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk (graphql-js's <c>visitInParallel</c>), as validation runs all its
/// rules over a document at once. Each visitor's <see cref="VisitorAction.Skip"/> and
/// <see cref="VisitorAction.Break"/> apply to that visitor alone; the walk itself skips a subtree
/// only when every visitor does, and stops when every visitor has stopped.
/// </summary>
/// <remarks>For one walk: a visitor that broke stays stopped.</remarks>
public sealed class ParallelVisitor : SyntaxVisitor
{
    private readonly SyntaxVisitor[] _visitors;

    // The node at which each visitor chose to skip, until the walk leaves that node again.
    private readonly SyntaxNode?[] _skippingFrom;
    private readonly bool[] _broken;
    private int _running;

    public ParallelVisitor(IReadOnlyList<SyntaxVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skippingFrom = new SyntaxNode?[_visitors.Length];
        _broken = new bool[_visitors.Length];
        _running = _visitors.Length;
    }

    public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        var anyGoesIn = false;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_broken[i] || _skippingFrom[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node, ancestors))
            {
                case VisitorAction.Skip:
                    _skippingFrom[i] = node;
                    break;
                case VisitorAction.Break:
                    _broken[i] = true;
                    _running--;
                    break;
                default:
                    anyGoesIn = true;
                    break;
            }
        }

        if (_running == 0)
        {
            return VisitorAction.Break;
        }

        if (anyGoesIn)
        {
            return VisitorAction.Continue;
        }

        // Nobody wants this subtree: skip it for all. Its Leave will not come, so those that
        // skipped here resume now; those skipping from an ancestor wait for that ancestor's Leave.
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (ReferenceEquals(_skippingFrom[i], node))
            {
                _skippingFrom[i] = null;
            }
        }

        return VisitorAction.Skip;
    }

    public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_broken[i])
            {
                continue;
            }

            if (_skippingFrom[i] is null)
            {
                if (_visitors[i].Leave(node, ancestors) == VisitorAction.Break)
                {
                    _broken[i] = true;
                    _running--;
                }
            }
            else if (ReferenceEquals(_skippingFrom[i], node))
            {
                _skippingFrom[i] = null;
            }
        }

        return _running == 0 ? VisitorAction.Break : VisitorAction.Continue;
    }
}
