using System.Globalization;

namespace DiplomacyGraph.Neo4j;

/// <summary>What <c>CALL dbms.components()</c> says about the server, e.g. "Neo4j Kernel" 3.1.1 community.</summary>
public sealed record ServerInfo(string Name, string Version, string Edition)
{
    /// <summary>The numeric part of <see cref="Version"/> ("5.26.0-aura" → 5.26.0; calendar versions like 2025.01.0 parse too).</summary>
    public Version ParsedVersion
    {
        get
        {
            var numeric = new string(Version.TakeWhile(c => char.IsAsciiDigit(c) || c == '.').ToArray()).TrimEnd('.');
            return System.Version.TryParse(numeric.Contains('.', StringComparison.Ordinal) ? numeric : numeric + ".0", out var parsed)
                ? parsed
                : throw new Neo4jProtocolException(string.Create(CultureInfo.InvariantCulture, $"Cannot read the server version '{Version}'."));
        }
    }

    /// <summary>The Cypher dialect this server speaks; see <see cref="ServerDialect"/>.</summary>
    public ServerDialect Dialect => ServerDialect.For(ParsedVersion);

    public override string ToString() => $"{Name} {Version} {Edition}";
}
