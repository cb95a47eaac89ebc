namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary><c>kinds.yaml</c> lists kinds only for labels that have a <c>kind</c> property, once each.</summary>
internal static class KindsRule
{
    public static void Check(ValidationContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var list in context.Facts.Kinds)
        {
            if (EntityLabels.Find(list.Label) is not { } label || !EntityLabels.AllowsProperty(label, "kind"))
            {
                context.Report(list.Location, $"'{list.Label}' is not a label that has a kind");
            }
            else if (!seen.Add(label))
            {
                context.Report(list.Location, $"the kinds of {label} are listed twice");
            }
        }
    }
}
