namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary><c>kinds.yaml</c> lists kinds only for labels that have a <c>kind</c> property.</summary>
internal static class KindsRule
{
    public static void Check(ValidationContext context)
    {
        // A label listed twice needs no check here: kinds.yaml is one mapping, and the YAML reader
        // already refuses a repeated key.
        foreach (var list in context.Facts.Kinds)
        {
            if (EntityLabels.Find(list.Label) is not { } label || !EntityLabels.AllowsProperty(label, "kind"))
            {
                context.Report(list.Location, $"'{list.Label}' is not a label that has a kind");
            }
        }
    }
}
