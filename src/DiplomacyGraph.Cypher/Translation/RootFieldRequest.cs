using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>One root field of an operation to translate: all field nodes merged under its response key, with the document's fragments and the coerced variables.</summary>
public sealed record RootFieldRequest(
    string FieldName,
    IReadOnlyList<FieldNode> FieldNodes,
    IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments,
    IReadOnlyDictionary<string, object?> Variables);
