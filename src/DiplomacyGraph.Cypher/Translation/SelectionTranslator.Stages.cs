using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>Stages: clauses that fetch, order and collect related values into one variable of the current row.</summary>
internal sealed partial class SelectionTranslator
{
    /// <summary>
    /// <c>OPTIONAL MATCH</c> the related nodes with the field's <c>where</c>, order them by its
    /// <c>order</c> (then id), collect <c>{r, m}</c> pairs, and shape a connection (list fields) or
    /// the first node (single fields).
    /// </summary>
    private string RelationshipStage(GraphField field, RelationshipMapping relationship, CollectedField selection, string owner, Scope scope, string? guard)
    {
        var group = _names.NextGroup();
        var node = "m" + group;
        var edge = "r" + group;
        var all = "all" + group;
        var target = _model.GetType(field.Shape.NamedType);
        var properties = relationship.PropertiesType is null ? null : _model.GetType(relationship.PropertiesType);
        var arguments = selection.First;

        var where = field.Shape.IsList ? ArgumentValues.Get(arguments, "where", _variables) : null;
        string Match(string relatedNode, string relatedEdge) =>
            CypherText.Pattern(owner, relationship, relatedEdge, relatedNode, target)
            + WhereClause([guard, _relationshipEnds.TargetCondition(relationship, target, relatedNode), _filters.Translate(target, where, relatedNode, relatedEdge, properties)]);
        var order = OrderTranslator.Translate(target, field.Shape.IsList ? ArgumentValues.Get(arguments, "order", _variables) : null, node, edge, properties);

        if (!field.Shape.IsList)
        {
            Emit($"OPTIONAL MATCH {Match(node, edge)}");
            Emit(scope.WithClause(edge, node) + " ORDER BY " + OrderWithinParents(scope, order));
            Emit(scope.WithClause($"head(collect({node})) AS {node}"));
            return SingleValue(target, node, [.. selection.SubSelections], scope);
        }

        var page = PageRequest.Read(arguments, _variables, _options);
        var shape = new ConnectionShape(GeneratedNames.RelationshipConnection(field), GeneratedNames.RelationshipEdge(field), target, properties, ElementsAreEdges: true);
        var limit = CanLimitPerParent(scope) ? page.PrefixLength : null;
        string? totalCount = null;
        if (limit is not null && SelectsTotalCount(shape, selection))
        {
            // Counted apart, since only a prefix of the related pairs is collected; the comprehension's
            // variables are its own, distinct from those the OPTIONAL MATCH below binds.
            totalCount = "count" + group;
            Emit(scope.WithClause($"size([{Match("c" + group, "cr" + group)} | 1]) AS {totalCount}"));
            scope.Add(totalCount);
        }

        RelatedPairs($"OPTIONAL MATCH {Match(node, edge)}", owner, edge, node, order, limit, all, scope);
        return Connection(shape, selection, page, all, scope, totalCount);
    }

    /// <summary>
    /// Whether the related rows of each parent can be cut to a page's prefix: a LIMIT applies to all
    /// rows of the statement, so Neo4j 3.x can cut them only where the statement has one row (one
    /// parent); servers with <c>CALL {}</c> subqueries sort and cut per parent.
    /// </summary>
    private bool CanLimitPerParent(Scope scope) => _dialect.HasCallSubqueries || scope.IsSingleRow;

    /// <summary>
    /// Binds <paramref name="all"/> to the ordered <c>{r, m}</c> pairs <paramref name="match"/> finds
    /// for each row: all of them, or (when <paramref name="limit"/> is given, see
    /// <see cref="CanLimitPerParent"/>) at most that many.
    /// </summary>
    private void RelatedPairs(string match, string owner, string edge, string node, string order, long? limit, string all, Scope scope)
    {
        var pairs = $"collect(CASE WHEN {node} IS NULL THEN NULL ELSE {{r: {edge}, m: {node}}} END)";
        if (limit is { } perParent && _dialect.HasCallSubqueries)
        {
            Emit("CALL {");
            Emit($"WITH {owner}");
            Emit(match);
            Emit($"WITH {edge}, {node} ORDER BY {order} LIMIT {_parameters.Add(perParent)}");
            Emit($"RETURN {pairs} AS {all}");
            Emit("}");
            return;
        }

        Emit(match);
        Emit(scope.WithClause(edge, node) + " ORDER BY " + OrderWithinParents(scope, order) + (limit is { } count ? " LIMIT " + _parameters.Add(count) : ""));
        Emit(scope.WithClause($"{pairs} AS {all}"));
    }

    /// <summary>
    /// The ORDER BY keys of related rows, <paramref name="order"/> within each parent: the enclosing
    /// UNWINDs' indexes (<see cref="Scope.ParentIndexes"/>) first. The collect that follows groups the rows
    /// by parent either way and keeps each group's order, so the answer is the same; but Neo4j 3.x then
    /// sorts hundreds of thousands of related rows (a page under each of many parents, where a LIMIT
    /// would cut across parents) comparing mostly integers: <c>articles(first: 100) → mentions(first: 100)</c>,
    /// 150,000 rows on the 1M graph, took about a quarter less time (six paired runs, every one faster).
    /// </summary>
    private static string OrderWithinParents(Scope scope, string order) => string.Join(", ", [.. scope.ParentIndexes, order]);

    /// <summary>
    /// The nodes whose key property is among the values computed from the owner (e.g. articles by the
    /// ids in <c>sources</c>), or collected from the lookup's <c>match</c> (e.g. a node's changes).
    /// </summary>
    private string LookupStage(GraphField field, LookupMapping lookup, CollectedField selection, string owner, Scope scope, string? guard)
    {
        var group = _names.NextGroup();
        var keys = "k" + group;
        var node = "m" + group;
        var target = _model.GetType(field.Shape.NamedType);
        if (lookup.Match is null)
        {
            var values = CypherText.Computed(owner, lookup.Values);
            Emit(scope.WithClause((guard is null ? values : $"CASE WHEN {guard} THEN {values} END") + " AS " + keys));
        }
        else
        {
            // `this` is never among the scope's variables: the root's `this` is collected away first.
            Emit(scope.WithClause($"{owner} AS this"));
            Emit($"OPTIONAL MATCH {lookup.Match}{WhereClause([guard])}");
            var collected = $"collect({lookup.Values})";
            Emit(scope.WithClause((field.Shape.IsList ? collected : $"head({collected})") + " AS " + keys));
        }

        var label = target.IsNode ? CypherText.LabelList(target.Labels!) : "";
        var match = $"{node}.{CypherIdentifier.Escape(lookup.Key)} {(field.Shape.IsList ? "IN" : "=")} {keys}";
        Emit($"OPTIONAL MATCH ({node}{label}){WhereClause([match, CypherText.TargetCondition(target, node)])}");
        Emit(scope.WithClause(node) + " ORDER BY " + OrderWithinParents(scope, OrderTranslator.Translate(target, null, node)));
        if (!field.Shape.IsList)
        {
            Emit(scope.WithClause($"head(collect({node})) AS {node}"));
            return SingleValue(target, node, [.. selection.SubSelections], scope);
        }

        var all = "all" + group;
        Emit(scope.WithClause($"collect({node}) AS {all}"));
        return Bind(ProjectValue(target, isList: true, all, selection.SubSelections, scope.With(all)), scope);
    }

    /// <summary>A list of composite values whose selection needs stages: unwound with its index, projected, collected back in order.</summary>
    private string ListStage(CompositeType type, string raw, IReadOnlyList<SelectionSetNode> selections, Scope scope)
    {
        var group = _names.NextGroup();
        var all = "all" + group;
        var index = "i" + group;
        var item = "v" + group;
        Emit(scope.WithClause($"coalesce({raw}, []) AS {all}"));
        Emit($"UNWIND CASE WHEN size({all}) = 0 THEN [null] ELSE range(0, size({all}) - 1) END AS {index}");
        Emit(scope.WithClause(index, $"CASE WHEN {index} IS NULL THEN NULL ELSE {all}[{index}] END AS {item}"));
        var inner = scope.UnwoundAt(index, index, item);
        var projection = ProjectComposite(type, item, selections, inner);
        Emit(inner.WithClause() + " ORDER BY " + index);
        return Bind($"collect(CASE WHEN {item} IS NULL THEN NULL ELSE {projection} END)", scope);
    }

    /// <summary>A single composite value whose selection needs stages: bound to a variable, then projected.</summary>
    private string SingleStage(CompositeType type, string raw, IReadOnlyList<SelectionSetNode> selections, Scope scope)
    {
        var item = _names.Next("v");
        Emit(scope.WithClause($"{raw} AS {item}"));
        return SingleValue(type, item, selections, scope);
    }

    /// <summary>Projects the value in row variable <paramref name="item"/> (null stays null) into a fresh variable.</summary>
    private string SingleValue(CompositeType type, string item, IReadOnlyList<SelectionSetNode> selections, Scope scope)
    {
        var projection = ProjectComposite(type, item, selections, scope.With(item));
        return Bind($"CASE WHEN {item} IS NULL THEN NULL ELSE {projection} END", scope);
    }

    /// <summary>Ends a stage: <c>WITH &lt;scope&gt;, &lt;expression&gt; AS f</c>, and adds <c>f</c> to the scope.</summary>
    private string Bind(string expression, Scope scope)
    {
        var result = _names.Next("f");
        Emit(scope.WithClause($"{expression} AS {result}"));
        scope.Add(result);
        return result;
    }

    private static string WhereClause(IEnumerable<string?> conditions)
    {
        var present = conditions.Where(condition => condition is not null).ToList();
        return present.Count == 0 ? "" : " WHERE " + string.Join(" AND ", present);
    }
}
