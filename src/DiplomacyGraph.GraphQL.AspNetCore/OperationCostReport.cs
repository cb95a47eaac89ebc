using DiplomacyGraph.GraphQL.Execution;
using Microsoft.AspNetCore.Http;

namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// The operation's cost in the response, on request, as HotChocolate reports it: a request with the header
/// <c>GraphQL-Cost: report</c> gets <c>extensions.operationCost</c> = <c>{ fieldCost, maxFieldCost }</c>. The cost is
/// the one the cost limit measured before execution (the refusal of an operation over the limit carries it too).
/// </summary>
internal static class OperationCostReport
{
    public const string Header = "GraphQL-Cost";

    public static bool IsRequested(HttpRequest request) =>
        request.Headers.TryGetValue(Header, out var values) && values.Any(value => string.Equals(value, "report", StringComparison.OrdinalIgnoreCase));

    public static ExecutionResult Attach(ExecutionResult result, long cost, long maxCost) =>
        result.WithExtension("operationCost", new Dictionary<string, object?> { ["fieldCost"] = cost, ["maxFieldCost"] = maxCost });
}
