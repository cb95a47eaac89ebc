namespace DiplomacyGraph.Neo4j.Local;

/// <summary>What <c>neo4j status</c> reports about one instance.</summary>
public sealed record Neo4jInstanceStatus(bool IsRunning, int? SupervisorPid, bool AnswersHttp, Uri HttpUri, Uri BoltUri);
