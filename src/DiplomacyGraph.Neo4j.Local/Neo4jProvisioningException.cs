namespace DiplomacyGraph.Neo4j.Local;

/// <summary>Provisioning or running the local Neo4j failed; the message says what to do about it.</summary>
public class Neo4jProvisioningException : Exception
{
    public Neo4jProvisioningException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
