namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// Neo4j 3.1 reflects into JDK internals that Java 9+ closes by default; without these it dies at start with
/// "Could not initialize class org.neo4j.helpers.Exceptions". The server's conf and the offline importer's
/// JAVA_OPTS both take these arguments.
/// </summary>
public static class JavaModuleAccess
{
    private static readonly string[] OpenedPackages =
    [
        "java.lang", "java.lang.reflect", "java.lang.invoke", "java.io", "java.nio", "java.net", "java.util",
        "java.util.concurrent", "sun.nio.ch", "sun.nio.fs", "jdk.internal.misc", "jdk.internal.ref",
    ];

    private static readonly string[] ExportedPackages = ["jdk.internal.misc", "sun.nio.ch"];

    /// <summary>The JVM arguments Neo4j 3.1 needs on <paramref name="java"/> (none before Java 9).</summary>
    public static IReadOnlyList<string> JvmArguments(JavaRuntime java)
    {
        ArgumentNullException.ThrowIfNull(java);
        return java.NeedsModuleOpens
            ? [.. OpenedPackages.Select(package => $"--add-opens=java.base/{package}=ALL-UNNAMED"),
               .. ExportedPackages.Select(package => $"--add-exports=java.base/{package}=ALL-UNNAMED")]
            : [];
    }
}
