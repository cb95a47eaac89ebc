using System.IO.Compression;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// Makes Neo4j 3.1's Bolt connector (and so Neo4j Browser and cypher-shell) work on Java 9+.
/// <para>
/// Bolt encodes strings with <c>UTF8Encoder.fastestAvailableEncoder()</c>, which loads <c>SunMiscUTF8Encoder</c> by
/// name and falls back to <c>VanillaUTF8Encoder</c> only on an <see cref="Exception"/>. On Java 9+ strings are no
/// longer backed by <c>char[]</c>, and the Sun encoder fails its class initialisation with an <em>Error</em>, which
/// the fallback does not catch: every Bolt connection dies ("depends being able to access raw char[] in
/// java.lang.String").
/// </para>
/// <para>
/// The fix changes no byte of the distribution: the two unchanged class files <c>UTF8Encoder</c> and
/// <c>VanillaUTF8Encoder</c> (which use only java.* classes) are copied from the distribution's Bolt jar into the
/// instance folder and appended to the JVM's boot class path. Class loading asks the boot loader first, so Neo4j
/// gets these two from there; <c>UTF8Encoder</c>'s lookup of the Sun encoder by name then runs in the boot loader,
/// which cannot see it, fails with <c>ClassNotFoundException</c> (an Exception) and takes the vanilla encoder.
/// </para>
/// </summary>
internal static class BoltOnModernJava
{
    private const string EncoderPackage = "org/neo4j/bolt/v1/packstream/utf8/";
    private static readonly string[] BootClasses = ["UTF8Encoder.class", "VanillaUTF8Encoder.class"];

    /// <summary>Copies the two classes into <c>&lt;instance&gt;/boot-classes</c> and returns that folder, for <c>-Xbootclasspath/a:</c>.</summary>
    public static string PrepareBootClasses(Neo4jDistribution distribution, string instanceDirectory)
    {
        var boltJar = Path.Combine(distribution.Home, "lib", $"neo4j-bolt-{Neo4jDistribution.Version}.jar");
        var root = Path.Combine(instanceDirectory, "boot-classes");
        var target = Path.Combine(root, EncoderPackage);
        Directory.CreateDirectory(target);
        using var jar = ZipFile.OpenRead(boltJar);
        foreach (var name in BootClasses)
        {
            var entry = jar.GetEntry(EncoderPackage + name)
                ?? throw new Neo4jProvisioningException($"{boltJar} has no {EncoderPackage}{name}; the Bolt fix for Java 9+ does not fit this distribution.");
            entry.ExtractToFile(Path.Combine(target, name), overwrite: true);
        }

        return root;
    }
}
