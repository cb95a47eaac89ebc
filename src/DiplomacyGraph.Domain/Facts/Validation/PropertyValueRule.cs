namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary>
/// Dates parse (YYYY, YYYY-MM, YYYY-MM-DD) and do not end before they start; a qualifier is one
/// of exact, more_than, about — wherever these properties are written.
/// </summary>
internal static class PropertyValueRule
{
    public static void Check(ValidationContext context, IEnumerable<FactProperty> properties)
    {
        var byName = new Dictionary<string, FactProperty>(StringComparer.Ordinal);
        foreach (var property in properties)
        {
            byName[property.Name] = property;
            if (PropertyKinds.Of(property.Name) == PropertyKind.Date && property.Value is string date && !IsoDate.IsValid(date))
            {
                context.Report(property.Location, $"'{property.Name}' is '{date}', which is not a date of the form YYYY, YYYY-MM or YYYY-MM-DD");
            }

            if (property.Name == "qualifier" && property.Value is string qualifier && !EntityLabels.Qualifiers.Contains(qualifier))
            {
                context.Report(property.Location, $"'{qualifier}' is not a qualifier (qualifiers: {string.Join(", ", EntityLabels.Qualifiers)})");
            }
        }

        CheckOrder(context, byName, "startDate", "endDate");
        CheckOrder(context, byName, "since", "until");
    }

    private static void CheckOrder(ValidationContext context, Dictionary<string, FactProperty> byName, string first, string last)
    {
        if (byName.GetValueOrDefault(first)?.Value is string start
            && byName.GetValueOrDefault(last) is { Value: string end } endProperty
            && IsoDate.IsValid(start) && IsoDate.IsValid(end)
            && string.CompareOrdinal(end, start[..Math.Min(start.Length, end.Length)]) < 0)
        {
            context.Report(endProperty.Location, $"'{last}' ({end}) is before '{first}' ({start})");
        }
    }
}
