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

    /// <summary><c>cities(where:, order:, first:…)</c>: MATCH, filter, order, collect, page.</summary>
    public void RootConnection(CompositeType nodeType, CollectedField selection)
    {
        var group = _names.NextGroup();
        var node = "m" + group;
        var all = "all" + group;
        var filter = _filters.Translate(nodeType, ArgumentValues.Get(selection.First, "where", _variables), node);
        Emit($"MATCH ({node}{CypherText.LabelList(nodeType.Labels!)}){WhereClause([filter])}");
        Emit($"WITH {node} ORDER BY {OrderTranslator.Translate(nodeType, ArgumentValues.Get(selection.First, "order", _variables), node)}");
        Emit($"WITH collect({node}) AS {all}");
        var shape = new ConnectionShape(GeneratedNames.RootConnection(nodeType), GeneratedNames.RootEdge(nodeType), nodeType, null, ElementsAreEdges: false);
        Return(Connection(shape, selection, all, Scope.Empty));
    }

    /// <summary><c>node(id:)</c>: the node of any <c>Node</c> type with that id, or null.</summary>
    public void NodeById(CompositeType nodeInterface, CollectedField selection)
    {
        var node = _names.Next("m");
        var id = ArgumentValues.Get(selection.First, "id", _variables);
        Emit($"OPTIONAL MATCH ({node}) WHERE {IdEquals(nodeInterface, node, _parameters.Add(id))}");
        Emit($"WITH head(collect({node})) AS {node}");
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
        Emit($"OPTIONAL MATCH ({node}) WHERE {IdEquals(nodeInterface, node, $"{ids}[{index}]")}");
        Emit($"WITH {index}, head(collect({node})) AS {node}");
        var scope = new Scope([index, node]);
        var projection = ProjectComposite(nodeInterface, node, [.. selection.SubSelections], scope);
        Emit(scope.WithClause() + " ORDER BY " + index);
        Emit($"WITH collect({{v: CASE WHEN {node} IS NULL THEN NULL ELSE {projection} END}}) AS items");
        Return("[item IN items | item.v]");
    }

    private static string IdEquals(CompositeType nodeInterface, string node, string id)
    {
        var idProperty = nodeInterface.GetField("id").Mapping is PropertyMapping property ? property.Property : "id";
        var labels = string.Join(" OR ", nodeInterface.PossibleTypes.Select(type => CypherText.HasLabels(node, type.Labels!)));
        return $"{node}.{CypherIdentifier.Escape(idProperty)} = {id} AND ({labels})";
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
            Return(ProjectValue(type, isList: true, value, selection.SubSelections, new Scope([value])));
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
