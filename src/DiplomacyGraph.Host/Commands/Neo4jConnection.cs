using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// Which Neo4j the host talks to: the external one named by <see cref="DiplomacyGraphOptions.Neo4jUri"/>, or the project's
/// local dev instance (in <c>.local/neo4j/dev</c>, on the configured ports).
/// </summary>
public static class Neo4jConnection
{
    public static Neo4jInstance LocalInstance(DiplomacyGraphOptions options, bool stopWhenThisProcessExits = false) =>
        new(Neo4jInstanceOptions.ForDevServer(LocalFolder.Resolve()) with
        {
            HttpPort = options.Neo4jHttpPort,
            BoltPort = options.Neo4jBoltPort,
            StopWhenThisProcessExits = stopWhenThisProcessExits,
            HeapSize = options.Neo4jHeap,
            PageCacheSize = options.Neo4jPageCache,
            // More HTTP workers than the API lets statements run at once (read lanes, and 2 curation writes).
            HttpWorkerThreads = Math.Max(Neo4jInstanceOptions.DefaultHttpWorkerThreads, options.Limits.ReadLanes.InFlight + 8),
        });

    public static Neo4jClientOptions ClientOptionsFor(Neo4jInstance instance) =>
        new() { Uri = instance.HttpUri, User = instance.User, Password = instance.Password };

    public static Neo4jClientOptions ExternalClientOptions(DiplomacyGraphOptions options) => new()
    {
        Uri = options.Neo4jUri ?? throw new InvalidOperationException("No external Neo4j is configured."),
        User = options.Neo4jUser,
        Password = options.Neo4jPassword,
    };

    /// <summary>Client options for whichever server is configured; the local one must already be running.</summary>
    public static Neo4jClientOptions ClientOptions(DiplomacyGraphOptions options)
    {
        if (options.UsesExternalNeo4j)
        {
            return ExternalClientOptions(options);
        }

        var instance = LocalInstance(options);
        if (!instance.IsRunning)
        {
            throw new Neo4jProvisioningException(
                $"The local Neo4j ({instance.Options.Directory}) is not running. Start it with 'neo4j start' " +
                "(or run the host without a verb), or point at another server with --neo4j-uri / NEO4J_URI.");
        }

        return ClientOptionsFor(instance);
    }

    /// <summary>What to tell a person about where the server is.</summary>
    public static void Describe(TextWriter output, Neo4jInstance instance)
    {
        output.WriteLine($"  Neo4j HTTP:     {instance.HttpUri}  (the API and the 'cypher' verb use it)");
        output.WriteLine($"  Neo4j Browser:  {instance.BrowserUri}  (log in as {instance.User} with the password file's content; it connects over Bolt)");
        output.WriteLine($"  Bolt:           bolt://127.0.0.1:{instance.Options.BoltPort}  (Neo4j 3.1 Browser and cypher-shell; Bolt drivers of Neo4j 3.x)");
        output.WriteLine($"  cypher-shell:   bash {Neo4jDistribution.CypherShellIn(LocalFolder.Resolve())} -a bolt://127.0.0.1:{instance.Options.BoltPort} -u {instance.User} -p \"$(cat {instance.PasswordFile})\"");
        output.WriteLine($"  Password file:  {instance.PasswordFile}");
        output.WriteLine($"  Data and logs:  {instance.Options.Directory}");
        output.WriteLine("  For the current Neo4j Browser and Bolt 5, run Neo4j 5 with 'docker compose up' (see the README).");
    }
}
