using System.Globalization;
using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>Where statements start: generated root connections, <c>node</c>/<c>nodes</c>, and root <c>@cypher</c> fields.</summary>
internal sealed partial class SelectionTranslator
{
    /// <summary>The column every translated statement returns its one row in.</summary>
    public const string ResultColumn = "result";

    /// <summary>
    /// <c>cities(where:, order:, first:…)</c>: MATCH, filter, order, collect, page. When the page's end
    /// is known, only the ordered prefix up to it is collected (ORDER BY … LIMIT, a top-n sort), and
    /// <c>totalCount</c>, when selected, is counted on its own beforehand — from the label's count
    /// store when there is no filter.
    /// </summary>
    public void RootConnection(CompositeType nodeType, CollectedField selection)
    {
        var group = _names.NextGroup();
        var node = "m" + group;
        var all = "all" + group;
        var page = PageRequest.Read(selection.First, _variables, _options);
        var filter = _filters.Translate(nodeType, ArgumentValues.Get(selection.First, "where", _variables), node);
        var order = OrderTranslator.Translate(nodeType, ArgumentValues.Get(selection.First, "order", _variables), node);
        var pattern = $"({node}{CypherText.LabelList(nodeType.Labels!)}){WhereClause([filter])}";
        var shape = new ConnectionShape(GeneratedNames.RootConnection(nodeType), GeneratedNames.RootEdge(nodeType), nodeType, null, ElementsAreEdges: false);
        var scope = Scope.Empty;
        if (page.PrefixLength is not { } prefix)
        {
            Emit($"MATCH {pattern}");
            Emit($"WITH {node} ORDER BY {order}");
            Emit($"WITH collect({node}) AS {all}");
            Return(Connection(shape, selection, page, all, scope, totalCount: null));
            return;
        }

        string? totalCount = null;
        var match = "MATCH";
        if (SelectsTotalCount(shape, selection))
        {
            totalCount = "count" + group;
            Emit(filter is null && CountStoreLabel(nodeType) is { } label
                ? $"MATCH ({node}:{CypherIdentifier.Escape(label)})"
                : $"MATCH {pattern}");
            Emit($"WITH count({node}) AS {totalCount}");
            scope.Add(totalCount);
            // The count's one row must survive an empty match.
            match = "OPTIONAL MATCH";
        }

        Emit($"{match} {pattern}");
        Emit(scope.WithClause(node) + $" ORDER BY {order} LIMIT {_parameters.Add(prefix)}");
        Emit(scope.WithClause($"collect({node}) AS {all}"));
        Return(Connection(shape, selection, page, all, scope, totalCount));
    }

    /// <summary>
    /// A label whose count-store count is the number of <paramref name="nodeType"/>'s nodes: its only
    /// label, or one that no other type of the model carries without all of its labels (e.g. City
    /// for City:Entity). The count store keeps counts per single label only.
    /// </summary>
    private string? CountStoreLabel(CompositeType nodeType)
    {
        var labels = nodeType.Labels!;
        return labels.FirstOrDefault(label => _model.Types.Values
            .Where(type => type.IsNode && type.Labels!.Contains(label))
            .All(type => labels.All(type.Labels!.Contains)));
    }

    /// <summary><c>node(id:)</c>: the node of any <c>Node</c> type with that id, or null.</summary>
    public void NodeById(CompositeType nodeInterface, CollectedField selection)
    {
        var node = _names.Next("m");
        var id = ArgumentValues.Get(selection.First, "id", _variables);
        SeekById(nodeInterface, node, _parameters.Add(id), Scope.Empty);
        Return(SingleValue(nodeInterface, node, [.. selection.SubSelections], Scope.Empty));
    }

    /// <summary><c>nodes(ids:)</c>: one entry per id, in order, null where no node has it.</summary>
    public void NodesByIds(CompositeType nodeInterface, CollectedField selection)
    {
        var group = _names.NextGroup();
        var ids = _parameters.Add(ArgumentValues.AsList(ArgumentValues.Get(selection.First, "ids", _variables)));
        var index = "i" + group;
        var node = "m" + group;
        Emit($"UNWIND range(0, size({ids}) - 1) AS {index}");
        SeekById(nodeInterface, node, $"{ids}[{index}]", Scope.Empty.UnwoundAt(index, index));
        var scope = Scope.Empty.UnwoundAt(index, index, node);
        var projection = ProjectComposite(nodeInterface, node, [.. selection.SubSelections], scope);
        Emit(scope.WithClause() + " ORDER BY " + index);
        Emit($"WITH collect({{v: CASE WHEN {node} IS NULL THEN NULL ELSE {projection} END}}) AS items");
        Return("[item IN items | item.v]");
    }

    /// <summary>
    /// Binds <paramref name="node"/> to the node of one of <paramref name="nodeInterface"/>'s types
    /// whose id is <paramref name="id"/>, or null, one row per row of <paramref name="scope"/>. Each
    /// match starts from a label (<see cref="NodeIdSeek"/>), so that Neo4j seeks the id in that
    /// label's unique index instead of scanning every node.
    /// </summary>
    private void SeekById(CompositeType nodeInterface, string node, string id, Scope scope)
    {
        var idProperty = nodeInterface.GetField("id").Mapping is PropertyMapping property ? property.Property : "id";
        // Each seek's candidates are collected into a list and the lists joined: a node picked from
        // several row variables of which one is null (coalesce, CASE) reads as null in a later pattern
        // comprehension on Neo4j 3.1.
        var found = new List<string>();
        foreach (var seek in NodeIdSeek.For(nodeInterface))
        {
            var candidate = _names.Next("m");
            var types = string.Join(" OR ", seek.Types.Select(type => CypherText.HasLabels(candidate, type.Labels!)));
            Emit($"OPTIONAL MATCH ({candidate}:{CypherIdentifier.Escape(seek.Label)}) WHERE {candidate}.{CypherIdentifier.Escape(idProperty)} = {id} AND ({types})");
            Emit(scope.WithClause([.. found, $"collect({candidate}) AS {candidate}"]));
            found.Add(candidate);
        }

        Emit(scope.WithClause($"head({string.Join(" + ", found)}) AS {node}"));
    }

    /// <summary>
    /// A root <c>@cypher</c> field: its query, with the final <c>RETURN x AS this</c> turned into
    /// <c>WITH x AS this</c>, continued by the projection of the selection. Arguments are parameters
    /// named as the arguments, checked against their <c>@range</c>.
    /// </summary>
    public void RootCypher(GraphField field, CypherMapping cypher, CollectedField selection, ComputedParameters? computeParameters)
    {
        var arguments = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var argument in field.Arguments)
        {
            var argumentValue = ArgumentValues.Get(selection.First, argument.Name.Value, _variables, argument.DefaultValue);
            if (TypeShape.Of(argument.Type).NamedType == "ID")
            {
                argumentValue = ArgumentValues.AsId(argumentValue);
            }

            CheckRange(field, argument, argumentValue);
            arguments[argument.Name.Value] = argumentValue;
            _parameters.AddNamed(argument.Name.Value, argumentValue);
        }

        foreach (var (name, computed) in computeParameters?.Invoke(arguments) ?? new Dictionary<string, object?>())
        {
            _parameters.AddNamed(name, computed);
        }

        FromStatement(RootCypherStatement.Parse(cypher.Statement, field.ToString()), field.Shape, selection);
    }

    /// <summary>
    /// A statement written elsewhere (a root <c>@cypher</c> field's, or a mutation's read-back),
    /// continued by the projection of the selection of its <c>this</c> rows.
    /// </summary>
    public void FromStatement(RootCypherStatement statement, TypeShape shape, CollectedField selection, IReadOnlyDictionary<string, object?>? parameters = null)
    {
        foreach (var (name, given) in parameters ?? new Dictionary<string, object?>())
        {
            _parameters.AddNamed(name, given);
        }

        Emit(statement.Body.Trim());
        Emit($"WITH {statement.ReturnExpression} AS this");
        if (_model.IsLeaf(shape.NamedType))
        {
            Return(shape.IsList ? "collect(this)" : "head(collect(this))");
            return;
        }

        var type = _model.GetType(shape.NamedType);
        var value = _names.Next("v");
        if (shape.IsList)
        {
            Emit($"WITH collect(this) AS {value}");
            Return(ProjectValue(type, isList: true, value, selection.SubSelections, Scope.SingleRow(value)));
        }
        else
        {
            Emit($"WITH head(collect(this)) AS {value}");
            Return(SingleValue(type, value, [.. selection.SubSelections], Scope.Empty));
        }
    }

    private static void CheckRange(GraphField field, InputValueDefinitionNode argument, object? value)
    {
        if (DirectiveArguments.Find(argument.Directives, MappingDirectives.Range) is not { } range)
        {
            return;
        }

        var where = $"{field}({argument.Name.Value}:)";
        var min = DirectiveArguments.Int(range, "min", where);
        var max = DirectiveArguments.Int(range, "max", where);
        // An explicit null replaces the default (as the spec has it) and would reach the statement as a
        // null bound (LIMIT null, a null depth), so a ranged argument refuses it like any value outside.
        var number = ArgumentValues.AsLong(value);
        if (number is null || number < min || number > max)
        {
            var bounds = (min, max) switch
            {
                ({ } low, { } high) => $"between {low} and {high}",
                ({ } low, null) => $"at least {low}",
                _ => $"at most {max}",
            };
            throw new ApiQueryException(string.Create(CultureInfo.InvariantCulture, $"Argument '{argument.Name.Value}' of '{field.Name}' must be {bounds}; got {number?.ToString(CultureInfo.InvariantCulture) ?? "null"}."));
        }
    }

    private void Return(string expression) => Emit($"RETURN {expression} AS {ResultColumn}");
}
