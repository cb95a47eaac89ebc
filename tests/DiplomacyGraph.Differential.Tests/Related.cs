namespace DiplomacyGraph.Differential.Tests;

/// <summary>The nodes a relationship field reaches from a node, each with the relationship that reaches it.</summary>
public static class Related
{
    public static IEnumerable<Candidate> Of(GraphDump graph, DumpedNode node, RelationField relation)
    {
        var reached = Enumerable.Empty<(DumpedRelationship Edge, string Other)>();
        if (relation.Direction is Direction.Out or Direction.Both)
        {
            reached = reached.Concat(graph.Outgoing[node.Id].Select(edge => (edge, edge.To)));
        }

        if (relation.Direction is Direction.In or Direction.Both)
        {
            reached = reached.Concat(graph.Incoming[node.Id].Select(edge => (edge, edge.From)));
        }

        return reached
            .Where(pair => pair.Edge.Type == relation.Type)
            .Select(pair => new Candidate(graph.ById[pair.Other], pair.Edge, graph))
            .Where(candidate => relation.TargetLabel is null || candidate.Node.Labels.Contains(relation.TargetLabel));
    }
}
