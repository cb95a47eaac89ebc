namespace DiplomacyGraph.Fuzz.Generation;

/// <summary>The three GraphQL-over-HTTP parameters of a request; <see cref="VariablesJson"/> is JSON text (or null).</summary>
public sealed record GraphQLPayload(string Query, string? OperationName, string? VariablesJson);
