using System.Text.RegularExpressions;

namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary>
/// <c>relationship-types.yaml</c> itself is sound: every type named in UPPER_SNAKE_CASE, once,
/// connecting known labels.
/// </summary>
internal static partial class RelationshipTypesRule
{
    public static void Check(ValidationContext context)
    {
        var seen = new Dictionary<string, RelationshipTypeDefinition>(StringComparer.Ordinal);
        foreach (var type in context.Facts.RelationshipTypes)
        {
            if (type.Type.Length == 0)
            {
                context.Report(type.Location, "the relationship type has no 'type'");
                continue;
            }

            if (!TypeName().IsMatch(type.Type))
            {
                context.Report(type.Location, $"relationship type '{type.Type}' must be written in UPPER_SNAKE_CASE");
            }

            if (!seen.TryAdd(type.Type, type))
            {
                context.Report(type.Location, $"relationship type '{type.Type}' is already defined at line {seen[type.Type].Location.Line}");
            }

            if (type.Between.Count == 0)
            {
                context.Report(type.Location, $"relationship type '{type.Type}' has no 'between' pairs");
            }

            foreach (var label in type.Between.SelectMany(pair => new[] { pair.From, pair.To }).Distinct())
            {
                if (EntityLabels.Find(label) is null && label != EntityLabels.Article)
                {
                    context.Report(type.Location, $"relationship type '{type.Type}' names unknown label '{label}' (labels: {string.Join(", ", EntityLabels.All)}, {EntityLabels.Article})");
                }
            }
        }
    }

    [GeneratedRegex("^[A-Z][A-Z0-9]*(_[A-Z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex TypeName();
}
