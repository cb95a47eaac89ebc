namespace DiplomacyGraph.Host;

/// <summary>The host's exit codes, as the README lists them.</summary>
public static class ExitCodes
{
    public const int Success = 0;

    /// <summary>The command failed: Neo4j unreachable, a port taken, facts with errors, a file missing.</summary>
    public const int Failure = 1;

    /// <summary>The command line itself is wrong: an unknown verb or option, a bad value.</summary>
    public const int Usage = 2;

    /// <summary><c>neo4j status</c> / <c>neo4j wait</c>: the local Neo4j is not running.</summary>
    public const int NotRunning = 3;
}
