namespace DiplomacyGraph.Neo4j.Local;

/// <summary>Neo4j was launched but exited or never became ready; carries the tail of its logs.</summary>
public sealed class Neo4jStartupException : Neo4jProvisioningException
{
    public Neo4jStartupException(string reason, string logTail)
        : base($"{reason}{Environment.NewLine}--- last lines of the Neo4j logs ---{Environment.NewLine}{logTail}")
    {
        LogTail = logTail;
    }

    public string LogTail { get; }
}
