using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// Compiles one root query field — its whole selection, however deep — into one parameterized
/// Cypher statement returning one row with one column, <c>result</c>, shaped as the response
/// (maps keyed by response keys; cursors as offsets, see <see cref="Cursor"/>; abstract values
/// tagged with <see cref="ResultKeys.TypeName"/>).
/// </summary>
public sealed class CypherTranslator
{
    private readonly ApiSchema _api;
    private readonly TranslatorOptions _options;
    private readonly IReadOnlyDictionary<string, ComputedParameters> _computedParameters;
    private readonly RelationshipEnds _relationshipEnds;
    private readonly CompiledStatementCache _compiled = new();

    /// <param name="computedParameters">Per root <c>@cypher</c> field name, extra parameters computed from its arguments.</param>
    /// <param name="relationshipEnds">What the data guarantees about relationships' end labels (none when not given).</param>
    public CypherTranslator(
        ApiSchema api,
        TranslatorOptions? options = null,
        IReadOnlyDictionary<string, ComputedParameters>? computedParameters = null,
        RelationshipEnds? relationshipEnds = null)
    {
        _api = api;
        _relationshipEnds = relationshipEnds ?? RelationshipEnds.None;
        _options = options ?? new TranslatorOptions();
        _computedParameters = computedParameters ?? new Dictionary<string, ComputedParameters>();
        foreach (var name in _computedParameters.Keys)
        {
            if (!CanTranslate(name))
            {
                throw new SchemaDefinitionException($"Parameters are computed for '{name}', which is not a root @cypher field.");
            }
        }
    }

    public ApiSchema Api => _api;

    public TranslatorOptions Options => _options;

    /// <summary>Whether a root query field is compiled to Cypher (as opposed to resolved in C#).</summary>
    public bool CanTranslate(string fieldName) =>
        _api.RootConnections.ContainsKey(fieldName)
        || (_api.NodeInterface is not null && fieldName is ApiSchema.NodeField or ApiSchema.NodesField)
        || _api.Model.GetType(_api.Model.QueryTypeName).FindField(fieldName)?.Mapping is CypherMapping;

    /// <param name="dialect">The server's; forms only newer servers have are used for them (3.x when not given).</param>
    /// <exception cref="ApiQueryException">The arguments cannot be honoured (forged cursor, page size, range).</exception>
    public CypherStatement Translate(RootFieldRequest request, ServerDialect? dialect = null)
    {
        dialect ??= ServerDialect.Neo4j3;
        if (_compiled.TryGet(request.FieldNodes, dialect, out var compiled))
        {
            return compiled;
        }

        var variables = new ReadTrackingVariables(request.Variables);
        var statement = Compile(request, dialect, variables);
        if (!variables.WasRead)
        {
            _compiled.Add(request.FieldNodes, dialect, statement);
        }

        return statement;
    }

    private CypherStatement Compile(RootFieldRequest request, ServerDialect dialect, IReadOnlyDictionary<string, object?> variables)
    {
        var translator = new SelectionTranslator(_api, _options, _relationshipEnds, dialect, request.Fragments, variables);
        var selection = new CollectedField(request.FieldNodes[0].ResponseKey, request.FieldName, request.FieldNodes);
        var model = _api.Model;
        if (_api.RootConnections.TryGetValue(request.FieldName, out var nodeType))
        {
            translator.RootConnection(nodeType, selection);
        }
        else if (_api.NodeInterface is { } nodeInterface && request.FieldName == ApiSchema.NodeField)
        {
            translator.NodeById(model.GetType(nodeInterface), selection);
        }
        else if (_api.NodeInterface is { } nodesInterface && request.FieldName == ApiSchema.NodesField)
        {
            translator.NodesByIds(model.GetType(nodesInterface), selection);
        }
        else if (model.GetType(model.QueryTypeName).FindField(request.FieldName) is { Mapping: CypherMapping cypher } field)
        {
            translator.RootCypher(field, cypher, selection, _computedParameters.GetValueOrDefault(request.FieldName));
        }
        else
        {
            throw new InvalidOperationException($"'{request.FieldName}' is not a root field compiled to Cypher.");
        }

        return new CypherStatement(translator.Text, translator.Parameters);
    }

    /// <summary>
    /// Compiles the selection of a field whose values a statement of the caller produces — e.g. a
    /// mutation reading back what it wrote, in its transaction. <paramref name="statement"/> ends
    /// with <c>RETURN &lt;expression&gt; AS this</c> (one row per item) and uses <paramref name="parameters"/>.
    /// </summary>
    /// <param name="typeName">The field's named type (an object, interface or union of the SDL, or a scalar).</param>
    public CypherStatement TranslateStatement(
        string statement,
        IReadOnlyDictionary<string, object?> parameters,
        string typeName,
        bool isList,
        IReadOnlyList<FieldNode> fieldNodes,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        IReadOnlyDictionary<string, object?> variables)
    {
        var translator = new SelectionTranslator(_api, _options, _relationshipEnds, ServerDialect.Neo4j3, fragments, variables);
        var selection = new CollectedField(fieldNodes[0].ResponseKey, fieldNodes[0].Name.Value, fieldNodes);
        translator.FromStatement(RootCypherStatement.Parse(statement, typeName), new TypeShape(typeName, isList, IsNonNull: false), selection, parameters);
        return new CypherStatement(translator.Text, translator.Parameters);
    }
}
