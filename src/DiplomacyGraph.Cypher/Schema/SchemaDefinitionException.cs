namespace DiplomacyGraph.Cypher.Schema;

/// <summary>The source SDL cannot be mapped to the graph: the message names the type, field and problem.</summary>
public sealed class SchemaDefinitionException(string message) : Exception(message);
