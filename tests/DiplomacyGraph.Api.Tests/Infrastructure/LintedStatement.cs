namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>A statement for the Cypher 5 linter: where it came from, its text, and its parameters (null: take them from the text).</summary>
public sealed record LintedStatement(string Source, string Text, IReadOnlyDictionary<string, object?>? Parameters);
