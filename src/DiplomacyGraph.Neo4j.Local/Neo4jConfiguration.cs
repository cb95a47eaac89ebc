using System.Globalization;
using System.Text;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>Writes an instance's <c>neo4j.conf</c>; the distribution's own conf is never touched.</summary>
internal static class Neo4jConfiguration
{
    /// <param name="boltBootClasses">The folder of <see cref="BoltOnModernJava"/>, appended to the boot class path on Java 9+.</param>
    public static string Render(Neo4jInstanceOptions options, JavaRuntime java, string boltBootClasses)
    {
        var directory = Path.GetFullPath(options.Directory);
        var conf = new StringBuilder();
        conf.AppendLine("# Written by DiplomacyGraph.Neo4j.Local at every start; change Neo4jInstanceOptions, not this file.");
        foreach (var folder in new[] { "data", "logs", "run", "import", "plugins", "certificates" })
        {
            conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.directories.{folder}={Path.Combine(directory, folder)}");
        }

        conf.AppendLine("dbms.connectors.default_listen_address=127.0.0.1");
        conf.AppendLine("dbms.connector.http.enabled=true");
        conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.connector.http.listen_address=127.0.0.1:{options.HttpPort}");
        conf.AppendLine("dbms.connector.bolt.enabled=true");
        conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.connector.bolt.listen_address=127.0.0.1:{options.BoltPort}");
        conf.AppendLine("dbms.connector.https.enabled=false");
        conf.AppendLine("dbms.security.auth_enabled=true");
        conf.AppendLine("dbms.udc.enabled=false");
        conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.threads.worker_count={options.HttpWorkerThreads}");
        conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.rest.transaction.idle_timeout={(int)options.TransactionIdleTimeout.TotalSeconds}s");
        conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.transaction.timeout={(int)Math.Ceiling(options.TransactionTimeout.TotalSeconds)}s");
        conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.memory.heap.initial_size={options.HeapSize}");
        conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.memory.heap.max_size={options.HeapSize}");
        conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.memory.pagecache.size={options.PageCacheSize}");
        conf.AppendLine("dbms.jvm.additional=-XX:+UseG1GC");
        conf.AppendLine("dbms.jvm.additional=-XX:-OmitStackTraceInFastThrow");
        conf.AppendLine("dbms.jvm.additional=-XX:+DisableExplicitGC");
        conf.AppendLine("dbms.jvm.additional=-XX:+ExitOnOutOfMemoryError");
        foreach (var argument in JavaModuleAccess.JvmArguments(java))
        {
            conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.jvm.additional={argument}");
        }

        if (java.NeedsModuleOpens)
        {
            conf.AppendLine(CultureInfo.InvariantCulture, $"dbms.jvm.additional=-Xbootclasspath/a:{boltBootClasses}");
        }

        return conf.ToString();
    }
}
