namespace DiplomacyGraph.Domain.Loading;

/// <summary>What a load or an ingest changed for one node label or relationship type.</summary>
/// <param name="Element">"node" or "relationship".</param>
/// <param name="Name">The label or relationship type.</param>
/// <param name="Unchanged">Already as wanted: not written at all.</param>
public sealed record ChangeCount(string Element, string Name, int Created, int Updated, int Deleted, int Unchanged)
{
    public const string Node = "node";
    public const string Relationship = "relationship";

    /// <summary>How many the graph holds of this label or type once the changes are written.</summary>
    public int After => Created + Updated + Unchanged;
}
