using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>One response key of a selection set and every field node merged under it (https://spec.graphql.org/October2021/#CollectFields()).</summary>
internal sealed record CollectedField(string ResponseKey, string FieldName, IReadOnlyList<FieldNode> Nodes)
{
    public FieldNode First => Nodes[0];

    /// <summary>The selection sets of all merged nodes, to collect the next level from.</summary>
    public IEnumerable<SelectionSetNode> SubSelections => Nodes.Where(node => node.SelectionSet is not null).Select(node => node.SelectionSet!);
}
