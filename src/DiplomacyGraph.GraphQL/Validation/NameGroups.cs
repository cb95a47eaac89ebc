using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// Groups name nodes by their value, groups in order of first appearance: the shape the
/// uniqueness rules report, one error per repeated name listing every occurrence.
/// </summary>
internal static class NameGroups
{
    public static List<KeyValuePair<string, List<NameNode>>> Of<T>(IReadOnlyList<T> items, Func<T, NameNode> nameOf)
    {
        var groups = new List<KeyValuePair<string, List<NameNode>>>(items.Count);
        Dictionary<string, List<NameNode>>? byName = null;
        foreach (var item in items)
        {
            var name = nameOf(item);
            byName ??= new Dictionary<string, List<NameNode>>(StringComparer.Ordinal);
            if (byName.TryGetValue(name.Value, out var group))
            {
                group.Add(name);
            }
            else
            {
                group = [name];
                byName[name.Value] = group;
                groups.Add(new(name.Value, group));
            }
        }

        return groups;
    }
}
