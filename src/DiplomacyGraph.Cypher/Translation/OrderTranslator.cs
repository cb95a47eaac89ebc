using DiplomacyGraph.Cypher.Schema;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// An <c>order</c> argument as ORDER BY keys, always ended by the node's id (and the relationship's
/// identity) so that equal keys keep one stable order and offsets — the cursors — stay meaningful.
/// </summary>
internal static class OrderTranslator
{
    public static string Translate(CompositeType type, object? order, string node, string? relationship = null, CompositeType? properties = null)
    {
        var keys = new List<string>();
        foreach (var item in ArgumentValues.AsList(order))
        {
            if (item is not IReadOnlyDictionary<string, object?> fields)
            {
                continue;
            }

            foreach (var (name, direction) in fields)
            {
                if (direction is null)
                {
                    continue;
                }

                if (name == "edge" && properties is not null && relationship is not null)
                {
                    foreach (var (edgeName, edgeDirection) in (IReadOnlyDictionary<string, object?>)direction)
                    {
                        if (edgeDirection is not null)
                        {
                            keys.Add(Key(CypherText.LeafValue(properties.GetField(edgeName), relationship), edgeDirection));
                        }
                    }

                    continue;
                }

                keys.Add(Key(CypherText.LeafValue(type.GetField(name), node), direction));
            }
        }

        keys.Add(type.FindField("id") is { Mapping: PropertyMapping idProperty }
            ? $"{node}.{CypherIdentifier.Escape(idProperty.Property)}"
            : $"id({node})");
        if (relationship is not null)
        {
            keys.Add($"id({relationship})");
        }

        return string.Join(", ", keys);
    }

    private static string Key(string expression, object direction) =>
        expression + (direction is "DESC" ? " DESC" : " ASC");
}
