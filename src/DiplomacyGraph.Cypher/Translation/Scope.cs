namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// The Cypher variables alive in the current row that later clauses still need: every <c>WITH</c>
/// the translator writes carries them, so a stage for one field never drops what its parent and
/// its siblings computed. A scope also knows whether the statement has exactly one row there
/// (one parent), where a stage may apply ORDER BY … LIMIT to its related rows directly.
/// </summary>
internal sealed class Scope
{
    private readonly List<string> _variables;
    private readonly List<string> _parentIndexes;

    private Scope(IEnumerable<string> variables, bool isSingleRow, IEnumerable<string>? parentIndexes = null)
    {
        _variables = [.. variables];
        IsSingleRow = isSingleRow;
        _parentIndexes = [.. parentIndexes ?? []];
    }

    /// <summary>The start of a statement after its root is bound: one row.</summary>
    public static Scope Empty => new([], isSingleRow: true);

    /// <summary>One row of these variables (e.g. right after a <c>collect</c> without grouping keys).</summary>
    public static Scope SingleRow(params string[] variables) => new(variables, isSingleRow: true);

    /// <summary>Whether the statement has exactly one row where this scope applies.</summary>
    public bool IsSingleRow { get; }

    /// <summary>
    /// The positions the enclosing UNWINDs gave the rows, outermost first: together they tell the rows (the
    /// parents) apart. Related rows sorted by them first are grouped by parent, and most comparisons end
    /// at an integer instead of the stage's own keys (see <c>SelectionTranslator.OrderWithinParents</c>).
    /// </summary>
    public IReadOnlyList<string> ParentIndexes => _parentIndexes;

    public void Add(string variable) => _variables.Add(variable);

    /// <summary>A new scope, on the same rows: these variables plus <paramref name="more"/>.</summary>
    public Scope With(params string[] more) => new(_variables.Concat(more), IsSingleRow, _parentIndexes);

    /// <summary>
    /// A new scope after an UNWIND that numbered the rows with <paramref name="index"/>: these variables plus
    /// <paramref name="more"/> (the index among them), on many rows.
    /// </summary>
    public Scope UnwoundAt(string index, params string[] more)
    {
        if (!more.Contains(index))
        {
            throw new ArgumentException($"The index '{index}' must be one of the scope's variables.", nameof(more));
        }

        return new(_variables.Concat(more), isSingleRow: false, [.. _parentIndexes, index]);
    }

    /// <summary>The variables, for an importing <c>WITH</c>.</summary>
    public IReadOnlyList<string> Variables => _variables;

    /// <summary><c>WITH a, b, &lt;more…&gt;</c></summary>
    public string WithClause(params string[] more) => "WITH " + string.Join(", ", _variables.Concat(more));

    public override string ToString() => string.Join(", ", _variables);
}
