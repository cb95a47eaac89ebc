using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Schema;

/// <summary>An object, interface or union type of the source SDL, with its fields and graph mapping.</summary>
public sealed class CompositeType
{
    private readonly Dictionary<string, GraphField> _fieldsByName = new(StringComparer.Ordinal);
    private readonly List<GraphField> _fields = [];
    private readonly List<CompositeType> _possibleTypes = [];

    internal CompositeType(TypeDefinitionNode definition, CompositeTypeKind kind, IReadOnlyList<string>? labels, string? rootFieldName, bool isRelationshipProperties)
    {
        Definition = definition;
        Kind = kind;
        Labels = labels;
        RootFieldName = rootFieldName;
        IsRelationshipProperties = isRelationshipProperties;
    }

    public string Name => Definition.Name.Value;

    public TypeDefinitionNode Definition { get; }

    public CompositeTypeKind Kind { get; }

    public bool IsAbstract => Kind != CompositeTypeKind.Object;

    /// <summary>The labels every node of this type carries (<c>@node</c>); null for types that are not nodes.</summary>
    public IReadOnlyList<string>? Labels { get; }

    public bool IsNode => Labels is not null;

    /// <summary>The generated root connection field (e.g. <c>cities</c>) for node types.</summary>
    public string? RootFieldName { get; }

    public bool IsRelationshipProperties { get; }

    /// <summary>Fields in published order: inherited interface fields first, then the type's own.</summary>
    public IReadOnlyList<GraphField> Fields => _fields;

    /// <summary>The object types a value of this type can be: itself for an object type.</summary>
    public IReadOnlyList<CompositeType> PossibleTypes => _possibleTypes;

    public GraphField? FindField(string name) => _fieldsByName.GetValueOrDefault(name);

    public GraphField GetField(string name) => FindField(name)
        ?? throw new SchemaDefinitionException($"Type '{Name}' has no field '{name}'.");

    public override string ToString() => Name;

    internal void AddField(GraphField field)
    {
        _fieldsByName.Add(field.Name, field);
        _fields.Add(field);
    }

    internal void AddPossibleType(CompositeType type) => _possibleTypes.Add(type);
}
