using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Schema;

/// <summary>
/// The source SDL read as a map of the graph: which types are nodes with which labels, which
/// fields are properties, relationships, lookups or computed. Built once by <see cref="GraphModelBuilder"/>.
/// </summary>
public sealed class GraphModel
{
    /// <summary>The scalars every GraphQL schema has.</summary>
    public static readonly IReadOnlySet<string> BuiltInScalars = new HashSet<string>(StringComparer.Ordinal)
    {
        "Int", "Float", "String", "Boolean", "ID",
    };

    internal GraphModel(
        DocumentNode source,
        IReadOnlyDictionary<string, CompositeType> types,
        IReadOnlyDictionary<string, ScalarTypeDefinitionNode> scalars,
        IReadOnlyDictionary<string, EnumTypeDefinitionNode> enums,
        string queryTypeName,
        string? mutationTypeName)
    {
        Source = source;
        Types = types;
        CustomScalars = scalars;
        Enums = enums;
        QueryTypeName = queryTypeName;
        MutationTypeName = mutationTypeName;
        NodeTypes = [.. types.Values.Where(type => type.IsNode)];
    }

    /// <summary>The source SDL document.</summary>
    public DocumentNode Source { get; }

    /// <summary>Object, interface and union types by name (relationship property templates included).</summary>
    public IReadOnlyDictionary<string, CompositeType> Types { get; }

    public IReadOnlyDictionary<string, ScalarTypeDefinitionNode> CustomScalars { get; }

    public IReadOnlyDictionary<string, EnumTypeDefinitionNode> Enums { get; }

    /// <summary>Types marked <c>@node</c>, in SDL order: each gets a root connection field.</summary>
    public IReadOnlyList<CompositeType> NodeTypes { get; }

    public string QueryTypeName { get; }

    public string? MutationTypeName { get; }

    public CompositeType GetType(string name) => Types.GetValueOrDefault(name)
        ?? throw new SchemaDefinitionException($"Unknown output type '{name}'.");

    public bool IsLeaf(string typeName) =>
        BuiltInScalars.Contains(typeName) || CustomScalars.ContainsKey(typeName) || Enums.ContainsKey(typeName);

    public bool IsComposite(string typeName) => Types.ContainsKey(typeName);
}
