using System.Collections;

namespace DiplomacyGraph.Differential.Tests;

/// <summary>What a filter is tested on: a node and, inside a relationship filter, the relationship that reached it.</summary>
public sealed record Candidate(DumpedNode Node, DumpedRelationship? Edge, GraphDump Graph);

/// <summary>
/// A generated <c>where</c> filter: as the GraphQL input value the API gets (<see cref="ToInput"/>) and as a
/// plain C# predicate (<see cref="Matches"/>), written from the documented semantics (Cypher README):
/// eq/neq null test presence; every other comparison on a missing property is false; not, neq and nin are
/// plain complements; string operators are case-sensitive; several fields in one object are ANDed.
/// </summary>
public abstract record Filter
{
    public abstract Dictionary<string, object?> ToInput();

    public abstract bool Matches(Candidate candidate);
}

public sealed record AndFilter(IReadOnlyList<Filter> Parts) : Filter
{
    public override Dictionary<string, object?> ToInput() => new() { ["and"] = Parts.Select(part => part.ToInput()).ToList() };

    public override bool Matches(Candidate candidate) => Parts.All(part => part.Matches(candidate));
}

public sealed record OrFilter(IReadOnlyList<Filter> Parts) : Filter
{
    public override Dictionary<string, object?> ToInput() => new() { ["or"] = Parts.Select(part => part.ToInput()).ToList() };

    public override bool Matches(Candidate candidate) => Parts.Any(part => part.Matches(candidate));
}

public sealed record NotFilter(Filter Inner) : Filter
{
    public override Dictionary<string, object?> ToInput() => new() { ["not"] = Inner.ToInput() };

    public override bool Matches(Candidate candidate) => !Inner.Matches(candidate);
}

/// <summary>Two filters on different fields in one input object: <c>{name: {...}, edge: {...}}</c>, ANDed.</summary>
public sealed record MergedFilter(Filter First, Filter Second) : Filter
{
    public override Dictionary<string, object?> ToInput() => Merge(First.ToInput(), Second.ToInput());

    public override bool Matches(Candidate candidate) => First.Matches(candidate) && Second.Matches(candidate);

    /// <summary>Deep merge (two edge fields share the <c>edge</c> object); a field given twice is a generator bug.</summary>
    private static Dictionary<string, object?> Merge(Dictionary<string, object?> first, Dictionary<string, object?> second)
    {
        var merged = new Dictionary<string, object?>(first);
        foreach (var (key, value) in second)
        {
            merged[key] = merged.TryGetValue(key, out var existing)
                ? existing is Dictionary<string, object?> a && value is Dictionary<string, object?> b && key == "edge"
                    ? Merge(a, b)
                    : throw new InvalidOperationException($"Both merged filters set '{key}'.")
                : value;
        }

        return merged;
    }
}

/// <summary><c>{field: {op: value}}</c>, or <c>{edge: {field: {op: value}}}</c> on the relationship.</summary>
public sealed record ScalarFilter(string Field, string Operator, object? Value, bool OnEdge) : Filter
{
    public override Dictionary<string, object?> ToInput()
    {
        var comparison = new Dictionary<string, object?> { [Field] = new Dictionary<string, object?> { [Operator] = Value } };
        return OnEdge ? new Dictionary<string, object?> { ["edge"] = comparison } : comparison;
    }

    public override bool Matches(Candidate candidate)
    {
        var properties = OnEdge ? candidate.Edge!.Properties : candidate.Node.Properties;
        return Compare(properties.GetValueOrDefault(Field), Operator, Value);
    }

    public static bool Compare(object? stored, string op, object? value) => op switch
    {
        "eq" => value is null ? stored is null : stored is not null && Order.Compare(stored, value) == 0,
        "neq" => !Compare(stored, "eq", value),
        "in" => stored is not null && ((IEnumerable)value!).Cast<object>().Any(item => Order.Compare(stored, item) == 0),
        "nin" => !Compare(stored, "in", value),
        "contains" => stored is string text && text.Contains((string)value!, StringComparison.Ordinal),
        "startsWith" => stored is string text && text.StartsWith((string)value!, StringComparison.Ordinal),
        "endsWith" => stored is string text && text.EndsWith((string)value!, StringComparison.Ordinal),
        "gt" => stored is not null && Order.Compare(stored, value!) > 0,
        "gte" => stored is not null && Order.Compare(stored, value!) >= 0,
        "lt" => stored is not null && Order.Compare(stored, value!) < 0,
        "lte" => stored is not null && Order.Compare(stored, value!) <= 0,
        _ => throw new ArgumentOutOfRangeException(nameof(op), op, "Unknown operator."),
    };
}

/// <summary><c>{aliases: {some|none|all: {op: value}}}</c>: a missing list is an empty one.</summary>
public sealed record ListScalarFilter(string Field, string Quantifier, string Operator, object? Value) : Filter
{
    public override Dictionary<string, object?> ToInput() => new()
    {
        [Field] = new Dictionary<string, object?> { [Quantifier] = new Dictionary<string, object?> { [Operator] = Value } },
    };

    public override bool Matches(Candidate candidate)
    {
        var items = (candidate.Node.Properties.GetValueOrDefault(Field) as IEnumerable)?.Cast<object?>().ToList() ?? [];
        return Quantifiers.Apply(Quantifier, items, item => ScalarFilter.Compare(item, Operator, Value));
    }
}

/// <summary><c>{relation: {some|none|all: {...}}}</c> over the related nodes (with their edges).</summary>
public sealed record RelationFilter(RelationField Relation, string Quantifier, Filter Inner) : Filter
{
    public override Dictionary<string, object?> ToInput() => new()
    {
        [Relation.Name] = new Dictionary<string, object?> { [Quantifier] = Inner.ToInput() },
    };

    public override bool Matches(Candidate candidate) =>
        Quantifiers.Apply(Quantifier, Related.Of(candidate.Graph, candidate.Node, Relation).ToList(),
            related => Inner.Matches(new Candidate(related.Node, related.Edge, candidate.Graph)));
}

/// <summary>Always true: the empty input object <c>{}</c>.</summary>
public sealed record EmptyFilter : Filter
{
    public override Dictionary<string, object?> ToInput() => [];

    public override bool Matches(Candidate candidate) => true;
}

public static class Quantifiers
{
    public static bool Apply<T>(string quantifier, IReadOnlyList<T> items, Func<T, bool> predicate) => quantifier switch
    {
        "some" => items.Any(predicate),
        "none" => !items.Any(predicate),
        "all" => items.All(predicate),
        _ => throw new ArgumentOutOfRangeException(nameof(quantifier), quantifier, "Unknown quantifier."),
    };
}
