namespace DiplomacyGraph.Cypher.Translation;

/// <summary>A compiled statement: Cypher text whose every user value is a <c>$parameter</c>.</summary>
public sealed record CypherStatement(string Text, IReadOnlyDictionary<string, object?> Parameters)
{
    public override string ToString() => Text;
}
