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

    private Scope(IEnumerable<string> variables, bool isSingleRow)
    {
        _variables = [.. variables];
        IsSingleRow = isSingleRow;
    }

    /// <summary>The start of a statement after its root is bound: one row.</summary>
    public static Scope Empty => new([], isSingleRow: true);

    /// <summary>One row of these variables (e.g. right after a <c>collect</c> without grouping keys).</summary>
    public static Scope SingleRow(params string[] variables) => new(variables, isSingleRow: true);

    /// <summary>These variables, on any number of rows (e.g. after an UNWIND).</summary>
    public static Scope Unwound(params string[] variables) => new(variables, isSingleRow: false);

    /// <summary>Whether the statement has exactly one row where this scope applies.</summary>
    public bool IsSingleRow { get; }

    public void Add(string variable) => _variables.Add(variable);

    /// <summary>A new scope, on the same rows: these variables plus <paramref name="more"/>.</summary>
    public Scope With(params string[] more) => new(_variables.Concat(more), IsSingleRow);

    /// <summary>A new scope after an UNWIND: these variables plus <paramref name="more"/>, on many rows.</summary>
    public Scope UnwoundWith(params string[] more) => new(_variables.Concat(more), isSingleRow: false);

    /// <summary>The variables, for an importing <c>WITH</c>.</summary>
    public IReadOnlyList<string> Variables => _variables;

    /// <summary><c>WITH a, b, &lt;more…&gt;</c></summary>
    public string WithClause(params string[] more) => "WITH " + string.Join(", ", _variables.Concat(more));

    public override string ToString() => string.Join(", ", _variables);
}
