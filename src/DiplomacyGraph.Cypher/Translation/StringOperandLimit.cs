using System.Globalization;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// The longest string a <c>contains</c>, <c>startsWith</c> or <c>endsWith</c> filter may compare with.
/// Neo4j compiles such an operand into an automaton, and one of tens of thousands of characters makes
/// it fail ("Determinizing automaton ... 10000 states") after the request has waited for a slot; no
/// stored name or title comes near this length, so a longer operand is refused before any Cypher runs.
/// </summary>
internal static class StringOperandLimit
{
    public const int MaxLength = 1000;

    /// <summary>The operand, or an <see cref="ApiQueryException"/> when it is a string longer than <see cref="MaxLength"/>.</summary>
    public static object Checked(string operation, object operand) =>
        operand is string text && text.Length > MaxLength
            ? throw new ApiQueryException(string.Create(CultureInfo.InvariantCulture,
                $"The '{operation}' filter operand is {text.Length:N0} characters long; string filter operands may be at most {MaxLength:N0} characters."))
            : operand;
}
