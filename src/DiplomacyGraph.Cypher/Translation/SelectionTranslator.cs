using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// Builds the one statement of a root field. The statement is a chain of clauses over rows: a
/// field whose value is an expression of the current row (a property, a computed value, a map or
/// list made of them) becomes part of a map projection; a field that needs its own MATCH and an
/// ORDER BY — relationships and lookups — becomes a <em>stage</em>: clauses appended to the chain
/// that OPTIONAL MATCH the related nodes, order them, <c>collect</c> them back into one row per
/// parent and leave the projected result in a fresh variable. Every WITH carries the variables of
/// the <see cref="Scope"/>, so stages nest to any depth and siblings see each other's results.
/// </summary>
/// <remarks>
/// Why stages and not pattern comprehensions: a pattern comprehension cannot sort, and neither
/// APOC nor <c>CALL {}</c> subqueries exist on Neo4j 3.1, while stable order is what makes
/// offset cursors and "first N by name" mean anything. The README discusses the trade-off.
/// </remarks>
internal sealed partial class SelectionTranslator
{
    private const string TypeKey = ResultKeys.TypeName;

    private readonly ApiSchema _api;
    private readonly GraphModel _model;
    private readonly TranslatorOptions _options;
    private readonly RelationshipEnds _relationshipEnds;
    private readonly ServerDialect _dialect;
    private readonly IReadOnlyDictionary<string, object?> _variables;
    private readonly SelectionCollector _collector;
    private readonly ParameterSet _parameters = new();
    private readonly VariableNames _names = new();
    private readonly FilterTranslator _filters;
    private readonly List<string> _clauses = [];

    public SelectionTranslator(ApiSchema api, TranslatorOptions options, RelationshipEnds relationshipEnds, ServerDialect dialect, IReadOnlyDictionary<string, FragmentDefinitionNode> fragments, IReadOnlyDictionary<string, object?> variables)
    {
        _dialect = dialect;
        _api = api;
        _model = api.Model;
        _options = options;
        _relationshipEnds = relationshipEnds;
        _variables = variables;
        _collector = new SelectionCollector(fragments, variables);
        _filters = new FilterTranslator(_model, _parameters, _names, relationshipEnds);
    }

    public IReadOnlyDictionary<string, object?> Parameters => _parameters.Values;

    public string Text => string.Join("\n", _clauses);

    private void Emit(string clause) => _clauses.Add(clause);

    // ---- composite values ----------------------------------------------------------------------

    /// <summary>
    /// The projection (a map expression) of <paramref name="value"/> for the selection on
    /// <paramref name="type"/>, appending stages for fields that need them. When the selection needs
    /// stages, <paramref name="value"/> must be a variable of the current row.
    /// </summary>
    private string ProjectComposite(CompositeType type, string value, IEnumerable<SelectionSetNode> selections, Scope scope)
    {
        var sets = selections.ToList();
        if (!type.IsAbstract)
        {
            return ProjectFields(type, type, Collect(sets, type), value, scope, guard: null);
        }

        if (type.PossibleTypes.Any(possible => !possible.IsNode))
        {
            throw new InvalidOperationException($"Values of '{type.Name}' cannot be told apart: its possible types must all be @node types.");
        }

        // Types whose fragments select the same fields share one projection; the others get a CASE branch each.
        var groups = new List<(List<CompositeType> Types, IReadOnlyList<CollectedField> Fields)>();
        foreach (var possible in type.PossibleTypes)
        {
            var fields = Collect(sets, possible);
            var group = groups.FindIndex(candidate => SameProjection(candidate.Types[0], candidate.Fields, possible, fields));
            if (group >= 0)
            {
                groups[group].Types.Add(possible);
            }
            else
            {
                groups.Add(([possible], fields));
            }
        }

        if (groups.Count == 1)
        {
            return ProjectFields(groups[0].Types[0], type, groups[0].Fields, value, scope, guard: null);
        }

        var branches = new List<string>();
        foreach (var (types, fields) in groups)
        {
            var guard = "(" + string.Join(" OR ", types.Select(possible => CypherText.HasLabels(value, CypherText.DistinguishingLabels(type, possible)))) + ")";
            branches.Add($"WHEN {guard} THEN {ProjectFields(types[0], type, fields, value, scope, guard)}");
        }

        return "CASE " + string.Join(" ", branches) + " END";
    }

    private IReadOnlyList<CollectedField> Collect(IEnumerable<SelectionSetNode> selections, CompositeType runtimeType) =>
        _collector.Collect(selections, condition => condition == runtimeType.Name
            || (_model.Types.TryGetValue(condition, out var conditionType) && conditionType.PossibleTypes.Contains(runtimeType)));

    /// <summary>The same field nodes under the same keys, mapped the same way in both types.</summary>
    private static bool SameProjection(CompositeType first, IReadOnlyList<CollectedField> firstFields, CompositeType second, IReadOnlyList<CollectedField> secondFields)
    {
        if (firstFields.Count != secondFields.Count)
        {
            return false;
        }

        for (var i = 0; i < firstFields.Count; i++)
        {
            var (a, b) = (firstFields[i], secondFields[i]);
            if (a.ResponseKey != b.ResponseKey
                || a.FieldName != b.FieldName
                || !a.Nodes.SequenceEqual(b.Nodes, ReferenceEqualityComparer.Instance)
                || !Equals(first.FindField(a.FieldName)?.Mapping, second.FindField(b.FieldName)?.Mapping))
            {
                return false;
            }
        }

        return true;
    }

    /// <param name="concrete">The type whose field mappings apply.</param>
    /// <param name="declared">The field's declared type: abstract ones get the <c>#type</c> key the executor resolves the object type from.</param>
    /// <param name="guard">For a branch of an abstract type, the label test its stages must repeat.</param>
    private string ProjectFields(CompositeType concrete, CompositeType declared, IReadOnlyList<CollectedField> fields, string value, Scope scope, string? guard)
    {
        var entries = new List<(string, string)>();
        foreach (var field in fields)
        {
            if (field.FieldName.StartsWith("__", StringComparison.Ordinal))
            {
                continue;
            }

            entries.Add((field.ResponseKey, ProjectField(concrete.GetField(field.FieldName), field, value, scope, guard)));
        }

        if (declared.IsAbstract)
        {
            entries.Add((TypeKey, CypherText.TypeName(declared, value)));
        }

        return CypherText.Map(entries);
    }

    private string ProjectField(GraphField field, CollectedField selection, string owner, Scope scope, string? guard)
    {
        switch (field.Mapping)
        {
            case RelationshipMapping relationship:
                return RelationshipStage(field, relationship, selection, owner, scope, guard);
            case LookupMapping lookup:
                return LookupStage(field, lookup, selection, owner, scope, guard);
            case PropertyMapping or CypherMapping:
                var raw = CypherText.LeafValue(field, owner);
                return _model.IsLeaf(field.Shape.NamedType)
                    ? raw
                    : ProjectValue(_model.GetType(field.Shape.NamedType), field.Shape.IsList, raw, selection.SubSelections, scope);
            default:
                throw new InvalidOperationException($"{field} is resolved outside Cypher and cannot be selected here.");
        }
    }

    /// <summary>A composite value (or list of them) given by an expression: a map projection when no stage is needed, else a stage.</summary>
    private string ProjectValue(CompositeType type, bool isList, string raw, IEnumerable<SelectionSetNode> selections, Scope scope)
    {
        var sets = selections.ToList();
        if (NeedsStage(type, sets))
        {
            return isList ? ListStage(type, raw, sets, scope) : SingleStage(type, raw, sets, scope);
        }

        var item = _names.Next("x");
        var projection = ProjectComposite(type, item, sets, scope);
        return isList
            ? $"[{item} IN coalesce({raw}, []) WHERE {item} IS NOT NULL | {projection}]"
            : $"head([{item} IN [{raw}] | CASE WHEN {item} IS NULL THEN NULL ELSE {projection} END])";
    }

    // ---- which selections need stages ------------------------------------------------------

    private bool NeedsStage(CompositeType type, IReadOnlyList<SelectionSetNode> selections)
    {
        foreach (var possible in type.PossibleTypes)
        {
            foreach (var selection in Collect(selections, possible))
            {
                if (possible.FindField(selection.FieldName) is { } field && FieldNeedsStage(field, selection))
                {
                    return true;
                }
            }
        }

        return false;
    }

    private bool FieldNeedsStage(GraphField field, CollectedField selection) => field.Mapping switch
    {
        RelationshipMapping or LookupMapping => true,
        _ when _model.IsComposite(field.Shape.NamedType) => NeedsStage(_model.GetType(field.Shape.NamedType), [.. selection.SubSelections]),
        _ => false,
    };
}
