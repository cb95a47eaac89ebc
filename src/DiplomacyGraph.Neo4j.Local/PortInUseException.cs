namespace DiplomacyGraph.Neo4j.Local;

/// <summary>A port the instance must listen on is already taken; checked before Neo4j is launched.</summary>
public sealed class PortInUseException : Neo4jProvisioningException
{
    public PortInUseException(string purpose, int port)
        : base($"Cannot start Neo4j: its {purpose} port {port} on 127.0.0.1 is already in use. " +
               "Stop whatever listens there (another Neo4j? try the 'neo4j status' command) or choose another port.")
    {
        Purpose = purpose;
        Port = port;
    }

    public string Purpose { get; }

    public int Port { get; }
}
