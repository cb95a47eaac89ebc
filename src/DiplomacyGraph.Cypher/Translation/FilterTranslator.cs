using DiplomacyGraph.Cypher.Schema;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// A <c>where</c> argument as a Cypher predicate over a node variable (and, below a relationship,
/// its relationship variable for <c>edge</c> conditions). The semantics are two-valued: a missing
/// property fails <c>eq</c> and passes <c>neq</c>, and <c>not</c> is the plain complement. Values
/// are always parameters.
/// </summary>
/// <remarks>
/// Where a predicate decides a row by itself (a WHERE, the WHERE of a pattern comprehension, <c>any</c>),
/// Cypher's null already acts as false, so comparisons are written plainly (<c>n.name = $p</c>), the
/// form the planner turns into an index seek. Only below a negation — <c>not</c>, <c>neq</c>,
/// <c>nin</c>, the quantifiers <c>none</c> and <c>all</c> — would a null turn into a wrong true or a
/// lost false, and there comparisons are made two-valued with <c>coalesce(…, false)</c>.
/// </remarks>
internal sealed class FilterTranslator(GraphModel model, ParameterSet parameters, VariableNames names, RelationshipEnds relationshipEnds)
{
    /// <summary>The predicate, or null when the filter sets no condition.</summary>
    public string? Translate(CompositeType type, object? where, string node, string? relationship = null, CompositeType? properties = null) =>
        Translate(type, where, node, relationship, properties, nullSafe: false);

    /// <param name="nullSafe">Whether the predicate is negated somewhere above, so that null must read as false here.</param>
    private string? Translate(CompositeType type, object? where, string node, string? relationship, CompositeType? properties, bool nullSafe)
    {
        if (where is not IReadOnlyDictionary<string, object?> conditions)
        {
            return null;
        }

        var parts = new List<string>();
        foreach (var (name, value) in conditions)
        {
            if (value is null)
            {
                continue;
            }

            var part = name switch
            {
                "and" => Combine(ArgumentValues.AsList(value).Select(item => Translate(type, item, node, relationship, properties, nullSafe)), " AND "),
                "or" => Disjunction(ArgumentValues.AsList(value).Select(item => Translate(type, item, node, relationship, properties, nullSafe)).ToList()),
                // An empty filter sets no condition, so it holds for every node and its complement for none.
                "not" => Translate(type, value, node, relationship, properties, nullSafe: true) is { } negated ? $"NOT ({negated})" : "false",
                "edge" when properties is not null && relationship is not null => Translate(properties, value, relationship, null, null, nullSafe),
                _ => Field(type.GetField(name), value, node, nullSafe),
            };
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        return Combine(parts, " AND ");
    }

    /// <summary>
    /// <c>or</c>: an alternative without a condition (an empty filter) holds for every node, and so does
    /// the whole disjunction; an empty list sets no condition.
    /// </summary>
    private static string? Disjunction(IReadOnlyList<string?> alternatives) =>
        alternatives.Any(alternative => alternative is null) ? null : Combine(alternatives, " OR ");

    private static string? Combine(IEnumerable<string?> parts, string separator)
    {
        var present = parts.Where(part => part is not null).ToList();
        return present.Count switch
        {
            0 => null,
            1 => present[0],
            _ => "(" + string.Join(separator, present) + ")",
        };
    }

    private string? Field(GraphField field, object value, string node, bool nullSafe)
    {
        if (field.Mapping is RelationshipMapping relationship)
        {
            return Relationship(field, relationship, value, node);
        }

        var expression = CypherText.LeafValue(field, node);
        var isId = field.Shape.NamedType == "ID";
        if (!field.Shape.IsList)
        {
            return Operations(expression, value, nullSafe, isId);
        }

        // Lists of scalars (e.g. aliases): quantifiers over the items. A quantifier without a
        // condition (`some: {}`) is about the items alone: some = has any, none = has none, all = true.
        var parts = new List<string>();
        foreach (var (quantifier, operations) in (IReadOnlyDictionary<string, object?>)value)
        {
            if (operations is null)
            {
                continue;
            }

            var item = names.Next("item");
            // none and all negate the item condition; any decides like a WHERE.
            var negated = nullSafe || quantifier is "none" or "all";
            var condition = Operations(item, operations, negated, isId);
            var list = $"coalesce({expression}, [])";
            var part = (quantifier, condition) switch
            {
                ("some", null) => $"size({list}) > 0",
                ("none", null) => $"size({list}) = 0",
                (_, null) => null,
                ("some", _) => $"any({item} IN {list} WHERE {condition})",
                ("none", _) => $"none({item} IN {list} WHERE {condition})",
                _ => $"all({item} IN {list} WHERE {condition})",
            };
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        return Combine(parts, " AND ");
    }

    /// <summary>Relationship filters: <c>some</c>/<c>none</c>/<c>all</c> related nodes (or, for a single relationship, the related node) match.</summary>
    private string? Relationship(GraphField field, RelationshipMapping relationship, object value, string node)
    {
        var target = model.GetType(field.Shape.NamedType);
        var properties = relationship.PropertiesType is null ? null : model.GetType(relationship.PropertiesType);
        var quantified = field.Shape.IsList
            ? (IReadOnlyDictionary<string, object?>)value
            : new Dictionary<string, object?> { ["some"] = value };

        var parts = new List<string>();
        foreach (var (quantifier, itemFilter) in quantified)
        {
            if (itemFilter is null)
            {
                continue;
            }

            var group = names.NextGroup();
            var other = "x" + group;
            var edge = "y" + group;
            // The comprehension's WHERE decides by itself, except where `all` negates it.
            var condition = Translate(target, itemFilter, other, edge, properties, nullSafe: quantifier is not "some" and not "none");
            var label = relationshipEnds.TargetCondition(relationship, target, other);
            var pattern = CypherText.Pattern(node, relationship, edge, other, target);
            string Count(string? where) => $"size([{pattern}{(where is null ? "" : " WHERE " + where)} | 1])";
            string? And(string? a, string? b) => Combine([a, b], " AND ");

            parts.Add(quantifier switch
            {
                "some" => $"{Count(And(label, condition))} > 0",
                "none" => $"{Count(And(label, condition))} = 0",
                _ => condition is null ? "true" : $"{Count(And(label, $"NOT ({condition})"))} = 0",
            });
        }

        return Combine(parts, " AND ");
    }

    /// <summary>
    /// Scalar operators (<c>eq</c>, <c>in</c>, <c>startsWith</c>…) on one value expression, joined by AND.
    /// On an ID field an Int literal is the ID's string, as the spec coerces it (the literals below
    /// the root are read from the syntax tree, untyped; variables arrive coerced already).
    /// </summary>
    private string? Operations(string expression, object value, bool nullSafe, bool isId)
    {
        string Test(string comparison) => nullSafe ? $"coalesce({comparison}, false)" : comparison;

        var parts = new List<string>();
        foreach (var (operation, given) in (IReadOnlyDictionary<string, object?>)value)
        {
            var operand = isId ? ArgumentValues.AsId(given) : given;
            var part = (operation, operand) switch
            {
                ("eq", null) => $"{expression} IS NULL",
                ("neq", null) => $"{expression} IS NOT NULL",
                (_, null) => null,
                ("eq", _) => Test($"{expression} = {parameters.Add(operand)}"),
                ("neq", _) => $"NOT coalesce({expression} = {parameters.Add(operand)}, false)",
                ("in", _) => Test($"{expression} IN {parameters.Add(ArgumentValues.AsList(operand))}"),
                ("nin", _) => $"NOT coalesce({expression} IN {parameters.Add(ArgumentValues.AsList(operand))}, false)",
                ("contains", _) => Test($"{expression} CONTAINS {parameters.Add(StringOperandLimit.Checked(operation, operand))}"),
                ("startsWith", _) => Test($"{expression} STARTS WITH {parameters.Add(StringOperandLimit.Checked(operation, operand))}"),
                ("endsWith", _) => Test($"{expression} ENDS WITH {parameters.Add(StringOperandLimit.Checked(operation, operand))}"),
                ("gt", _) => Test($"{expression} > {parameters.Add(operand)}"),
                ("gte", _) => Test($"{expression} >= {parameters.Add(operand)}"),
                ("lt", _) => Test($"{expression} < {parameters.Add(operand)}"),
                ("lte", _) => Test($"{expression} <= {parameters.Add(operand)}"),
                _ => throw new ApiQueryException($"Unknown filter operation '{operation}'."),
            };
            if (part is not null)
            {
                parts.Add(part);
            }
        }

        return Combine(parts, " AND ");
    }
}
