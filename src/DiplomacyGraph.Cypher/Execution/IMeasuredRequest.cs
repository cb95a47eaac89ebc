namespace DiplomacyGraph.Cypher.Execution;

/// <summary>
/// What a request's user context tells the read resolvers about the request: its cost as the cost limit measured
/// it before any Cypher ran (<see cref="ApiCostEstimator"/>), which decides its <see cref="ReadLanes">lane</see>.
/// </summary>
public interface IMeasuredRequest
{
    /// <summary>The operation's cost; null when it was not measured.</summary>
    long? OperationCost { get; }
}
