namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// The Cypher variables alive in the current row that later clauses still need: every <c>WITH</c>
/// the translator writes carries them, so a stage for one field never drops what its parent and
/// its siblings computed.
/// </summary>
internal sealed class Scope
{
    private readonly List<string> _variables;

    public Scope(IEnumerable<string> variables) => _variables = [.. variables];

    public static Scope Empty => new([]);

    public void Add(string variable) => _variables.Add(variable);

    /// <summary>A new scope: these variables plus <paramref name="more"/>.</summary>
    public Scope With(params string[] more) => new(_variables.Concat(more));

    /// <summary><c>WITH a, b, &lt;more…&gt;</c></summary>
    public string WithClause(params string[] more) => "WITH " + string.Join(", ", _variables.Concat(more));

    public override string ToString() => string.Join(", ", _variables);
}
