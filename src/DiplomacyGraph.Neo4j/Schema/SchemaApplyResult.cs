namespace DiplomacyGraph.Neo4j.Schema;

/// <summary>What <see cref="SchemaApplier"/> did: which server, which file, how many statements.</summary>
public sealed record SchemaApplyResult(ServerInfo Server, string File, int StatementCount);
