namespace DiplomacyGraph.Domain.Loading;

/// <summary>The two kinds of node the loader writes, each found by its <c>id</c> under its own label.</summary>
public enum NodeKind
{
    /// <summary>A <c>:Entity</c> node (with one entity label besides).</summary>
    Entity,

    /// <summary>An <c>:Article</c> node.</summary>
    Article,
}
