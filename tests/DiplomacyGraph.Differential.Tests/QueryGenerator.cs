using System.Collections;
using DiplomacyGraph.Synthetic;

namespace DiplomacyGraph.Differential.Tests;

/// <summary>
/// Random queries from a seed: filters with every operator (on values present in the graph, parts of them,
/// and absent ones, and null), and/or/not, several fields in one object, some/none/all over alias lists and
/// relationships (with edge properties), orders of up to two keys either way, and every paging combination.
/// </summary>
public sealed class QueryGenerator(GraphDump graph, int seed)
{
    private static readonly string[] StringOperators = ["eq", "neq", "in", "nin", "contains", "startsWith", "endsWith", "gt", "gte", "lt", "lte"];
    private static readonly string[] NumberOperators = ["eq", "neq", "in", "nin", "gt", "gte", "lt", "lte"];
    private static readonly string[] BooleanOperators = ["eq", "neq"];
    private static readonly string[] QuantifierNames = ["some", "none", "all"];

    private readonly Dictionary<(string Scope, string Field), List<object>> _values = [];

    public QueryCase Generate(int number)
    {
        var random = new SeededRandom(seed, number);
        var root = random.Pick(QueryRoots.All);
        var where = random.Chance(0.85) ? NodeFilter(ref random, root.Label, root.Fields, root.HasAliases, root.Relations, depth: 0) : null;
        var order = Keys(ref random, root.Fields.Select(field => field.Name).ToList());
        NestedConnection? nested = null;
        var pageable = root.Relations.Where(relation => relation.UniqueTargets).ToList();
        if (pageable.Count > 0 && random.Chance(0.4))
        {
            var relation = random.Pick(pageable);
            var keys = relation.TargetFields.Select(field => field.Name).Concat(relation.EdgeFields.Select(field => "edge." + field.Name)).ToList();
            nested = new NestedConnection(relation, Keys(ref random, keys), Paging(ref random));
        }

        return new QueryCase(root, where, order, Paging(ref random), nested);
    }

    private Filter NodeFilter(ref SeededRandom random, string label, IReadOnlyList<ScalarField> fields, bool aliases, IReadOnlyList<RelationField> relations, int depth)
    {
        var roll = random.NextDouble();
        if (depth < 2 && roll < 0.12)
        {
            var or = random.Chance(0.5);
            var parts = new List<Filter>
            {
                NodeFilter(ref random, label, fields, aliases, relations, depth + 1),
                NodeFilter(ref random, label, fields, aliases, relations, depth + 1),
            };
            return or ? new OrFilter(parts) : new AndFilter(parts);
        }

        if (depth < 2 && roll < 0.20)
        {
            return new NotFilter(NodeFilter(ref random, label, fields, aliases, relations, depth + 1));
        }

        if (depth < 2 && roll < 0.25)
        {
            var first = random.Pick(fields);
            var second = random.Pick(fields.Where(field => field != first).ToList());
            return new MergedFilter(Scalar(ref random, label, first, onEdge: false), Scalar(ref random, label, second, onEdge: false));
        }

        if (roll < 0.27)
        {
            return new EmptyFilter();
        }

        if (aliases && roll < 0.37)
        {
            var op = random.Pick(StringOperators);
            return new ListScalarFilter("aliases", random.Pick(QuantifierNames), op, Value(ref random, label, "aliases", FieldKind.String, op));
        }

        if (relations.Count > 0 && depth == 0 && roll < 0.55)
        {
            var relation = random.Pick(relations);
            return new RelationFilter(relation, random.Pick(QuantifierNames), RelatedFilter(ref random, relation));
        }

        return Scalar(ref random, label, random.Pick(fields), onEdge: false);
    }

    private Filter RelatedFilter(ref SeededRandom random, RelationField relation)
    {
        var scope = relation.TargetLabel ?? "*";
        var roll = random.NextDouble();
        var target = Scalar(ref random, scope, random.Pick(relation.TargetFields), onEdge: false);
        var edge = relation.EdgeFields.Count > 0 ? Scalar(ref random, relation.Type, random.Pick(relation.EdgeFields), onEdge: true) : null;
        return roll switch
        {
            < 0.1 => new EmptyFilter(),
            < 0.25 when edge is not null => new MergedFilter(target, edge),
            < 0.35 => new NotFilter(edge ?? target),
            < 0.6 when edge is not null => edge,
            _ => target,
        };
    }

    private ScalarFilter Scalar(ref SeededRandom random, string scope, ScalarField field, bool onEdge)
    {
        var operators = field.Kind switch
        {
            FieldKind.Id or FieldKind.String => StringOperators,
            FieldKind.Int or FieldKind.Float => NumberOperators,
            _ => BooleanOperators,
        };
        var op = random.Pick(operators);
        return new ScalarFilter(field.Name, op, Value(ref random, scope, field.Name, field.Kind, op), onEdge);
    }

    private object? Value(ref SeededRandom random, string scope, string field, FieldKind kind, string op)
    {
        if (op is "in" or "nin")
        {
            var items = new List<object?>();
            for (var i = 0; i < 1 + random.Next(3); i++)
            {
                items.Add(Value(ref random, scope, field, kind, "eq") ?? Absent(kind));
            }

            return items;
        }

        if (op is "eq" or "neq" && random.Chance(0.1))
        {
            return null;
        }

        var known = Known(scope, field);
        if (known.Count == 0 || random.Chance(0.15))
        {
            return Absent(kind);
        }

        var value = random.Pick(known);
        if (op is "contains" or "startsWith" or "endsWith" && value is string text && text.Length > 1)
        {
            var start = op == "startsWith" ? 0 : random.Next(text.Length - 1);
            var length = op == "endsWith" ? text.Length - start : 1 + random.Next(text.Length - start);
            return text.Substring(start, length);
        }

        return value;
    }

    private static object Absent(FieldKind kind) => kind switch
    {
        FieldKind.Int => 9_999L,
        FieldKind.Float => 0.5,
        FieldKind.Boolean => true,
        _ => "zz-absent",
    };

    /// <summary>The values a field holds in the graph: on nodes of a label ("*": any), or on relationships of a type.</summary>
    private List<object> Known(string scope, string field)
    {
        if (!_values.TryGetValue((scope, field), out var values))
        {
            var maps = graph.Relationships.Any(relationship => relationship.Type == scope)
                ? graph.Relationships.Where(relationship => relationship.Type == scope).Select(relationship => relationship.Properties)
                : graph.Nodes.Where(node => scope == "*" || node.Labels.Contains(scope)).Select(node => node.Properties);
            values = [.. maps
                .Select(properties => properties.GetValueOrDefault(field))
                .SelectMany(value => value is not string and IList list ? list.Cast<object>() : value is null ? [] : [value])
                .Distinct()
                .OrderBy(value => value.ToString(), StringComparer.Ordinal)];
            _values[(scope, field)] = values;
        }

        return values;
    }

    private static List<(string Field, bool Descending)> Keys(ref SeededRandom random, IReadOnlyList<string> fields)
    {
        var keys = new List<(string, bool)>();
        for (var count = random.Next(3); keys.Count < count;)
        {
            keys.Add((random.Pick(fields), random.Chance(0.5)));
        }

        return keys;
    }

    private static Paging Paging(ref SeededRandom random)
    {
        int Count(ref SeededRandom random) => random.Next(13);
        int Offset(ref SeededRandom random) => random.Next(60);
        return random.Next(8) switch
        {
            0 => new Paging(null, null, null, null),
            1 => new Paging(Count(ref random), null, null, null),
            2 => new Paging(Count(ref random), Offset(ref random), null, null),
            3 => new Paging(null, null, Count(ref random), null),
            4 => new Paging(null, null, Count(ref random), Offset(ref random)),
            5 => new Paging(Count(ref random), Offset(ref random), null, Offset(ref random)),
            6 => new Paging(null, Offset(ref random), null, null),
            _ => new Paging(null, null, null, Offset(ref random)),
        };
    }
}
