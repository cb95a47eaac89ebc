namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// Extra parameters for a root <c>@cypher</c> field, computed in C# from its arguments: for values
/// Cypher cannot compute, such as the normalized search keys of a query text.
/// </summary>
public delegate IReadOnlyDictionary<string, object?> ComputedParameters(IReadOnlyDictionary<string, object?> arguments);
