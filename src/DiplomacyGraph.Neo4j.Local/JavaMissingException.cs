namespace DiplomacyGraph.Neo4j.Local;

/// <summary>No usable Java runtime was found and none could be installed.</summary>
public sealed class JavaMissingException : Neo4jProvisioningException
{
    public JavaMissingException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }
}
