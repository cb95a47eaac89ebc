namespace DiplomacyGraph.Cypher.Schema;

/// <summary>The kinds of output types that have fields or members.</summary>
public enum CompositeTypeKind
{
    Object,
    Interface,
    Union,
}
