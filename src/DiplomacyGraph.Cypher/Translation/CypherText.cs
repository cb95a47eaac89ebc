using DiplomacyGraph.Cypher.Schema;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>Small pieces of Cypher text the translator assembles: property reads, computed values, patterns, label tests.</summary>
internal static class CypherText
{
    /// <summary>The value of a leaf field of <paramref name="owner"/> (a node, relationship or map expression).</summary>
    public static string LeafValue(GraphField field, string owner) => field.Mapping switch
    {
        PropertyMapping property => owner + "." + CypherIdentifier.Escape(property.Property),
        CypherMapping computed => Computed(owner, computed.Statement),
        _ => throw new InvalidOperationException($"{field} is not a scalar value."),
    };

    /// <summary>
    /// A <c>@cypher</c> expression evaluated with <c>this</c> bound to <paramref name="owner"/>: the
    /// one-item list comprehension is Cypher's "let", available on 3.1 and 5.x alike.
    /// </summary>
    public static string Computed(string owner, string expression) => $"head([this IN [{owner}] | {expression}])";

    /// <summary><c>(from)-[rel:`TYPE`]-&gt;(to:`Label`)</c> in the relationship's direction; labels only when the target is a node type.</summary>
    public static string Pattern(string from, RelationshipMapping relationship, string relationshipVariable, string to, CompositeType target)
    {
        var type = CypherIdentifier.Escape(relationship.Type);
        var toNode = "(" + to + (target.IsNode ? LabelList(target.Labels!) : "") + ")";
        return relationship.Direction switch
        {
            RelationshipDirection.Out => $"({from})-[{relationshipVariable}:{type}]->{toNode}",
            RelationshipDirection.In => $"({from})<-[{relationshipVariable}:{type}]-{toNode}",
            _ => $"({from})-[{relationshipVariable}:{type}]-{toNode}",
        };
    }

    /// <summary>The label condition the pattern cannot express: for unions and unlabelled interfaces, one of the members' labels; else null.</summary>
    public static string? TargetCondition(CompositeType target, string variable) =>
        target.IsNode ? null : "(" + string.Join(" OR ", target.PossibleTypes.Select(type => HasLabels(variable, DistinguishingLabels(target, type)))) + ")";

    /// <summary>
    /// The labels that tell <paramref name="possible"/> apart among <paramref name="abstractType"/>'s
    /// possible types: its labels minus those every possible type has (e.g. <c>City</c>, not <c>City:Entity</c>).
    /// </summary>
    public static IReadOnlyList<string> DistinguishingLabels(CompositeType abstractType, CompositeType possible)
    {
        var shared = abstractType.PossibleTypes.Skip(1).Aggregate(
            (IEnumerable<string>)abstractType.PossibleTypes[0].Labels!, (common, type) => common.Intersect(type.Labels!)).ToHashSet();
        var own = possible.Labels!.Where(label => !shared.Contains(label)).ToList();
        return own.Count > 0 ? own : possible.Labels!;
    }

    /// <summary><c>:`A`:`B`</c></summary>
    public static string LabelList(IEnumerable<string> labels) => string.Concat(labels.Select(label => ":" + CypherIdentifier.Escape(label)));

    /// <summary>Whether the node <paramref name="expression"/> has all <paramref name="labels"/>: <c>n:`A`:`B`</c> for a variable, a list test otherwise.</summary>
    public static string HasLabels(string expression, IReadOnlyList<string> labels)
    {
        if (CypherIdentifier.IsValid(expression))
        {
            return expression + LabelList(labels);
        }

        foreach (var label in labels)
        {
            CypherIdentifier.Escape(label);
        }

        return labels.Count == 1
            ? $"'{labels[0]}' IN labels({expression})"
            : $"all(label IN [{string.Join(", ", labels.Select(label => "'" + label + "'"))}] WHERE label IN labels({expression}))";
    }

    /// <summary>The object type of a node among <paramref name="type"/>'s possible types, most specific (most labels) first.</summary>
    public static string TypeName(CompositeType type, string expression)
    {
        if (type.PossibleTypes.Count == 1)
        {
            return "'" + type.PossibleTypes[0].Name + "'";
        }

        var cases = type.PossibleTypes
            .OrderByDescending(possible => possible.Labels!.Count)
            .Select(possible => $"WHEN {HasLabels(expression, DistinguishingLabels(type, possible))} THEN '{possible.Name}'");
        return "CASE " + string.Join(" ", cases) + " END";
    }

    /// <summary>A map literal key: the response key between backticks.</summary>
    public static string Key(string key) => "`" + key.Replace("`", "``", StringComparison.Ordinal) + "`";

    public static string Map(IEnumerable<(string Key, string Value)> entries) =>
        "{" + string.Join(", ", entries.Select(entry => Key(entry.Key) + ": " + entry.Value)) + "}";
}
