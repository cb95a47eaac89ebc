namespace DiplomacyGraph.Cypher.Translation;

/// <summary>Fresh Cypher variable names for one statement, so nested stages and comprehensions never shadow each other.</summary>
internal sealed class VariableNames
{
    private int _next;

    /// <summary>A number for a group of variables that belong together (m3, r3, all3…).</summary>
    public int NextGroup() => _next++;

    public string Next(string prefix) => prefix + _next++;
}
