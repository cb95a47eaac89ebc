namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>SDL that cannot be turned into a schema (an unknown type, an extension of an undefined type), or a binding that names nothing in it.</summary>
public sealed class SchemaBuildException(string message) : Exception(message);
