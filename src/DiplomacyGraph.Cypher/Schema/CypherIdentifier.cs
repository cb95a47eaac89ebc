using System.Text.RegularExpressions;

namespace DiplomacyGraph.Cypher.Schema;

/// <summary>
/// Labels, relationship types and property names reach Cypher text only from the SDL, and only
/// when they are plain identifiers; they are still written between backticks so a reserved word
/// (e.g. a property named <c>order</c>) cannot change the statement's meaning.
/// </summary>
public static partial class CypherIdentifier
{
    public static bool IsValid(string name) => PlainIdentifier().IsMatch(name);

    /// <summary>The identifier between backticks; throws for anything but a plain identifier.</summary>
    public static string Escape(string name) => IsValid(name)
        ? "`" + name + "`"
        : throw new SchemaDefinitionException($"'{name}' is not a plain identifier (letters, digits, underscore) and cannot be used as a label, type or property.");

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*$")]
    private static partial Regex PlainIdentifier();
}
