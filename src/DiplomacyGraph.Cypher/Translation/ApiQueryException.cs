namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// A request the API cannot answer as asked (a forged cursor, a page size out of range, an
/// argument outside its <c>@range</c>): its message is shown to the client as the field's error.
/// </summary>
public sealed class ApiQueryException(string message) : Exception(message);
