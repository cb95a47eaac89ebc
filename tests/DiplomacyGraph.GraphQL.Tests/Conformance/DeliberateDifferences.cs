using System.Text.Json.Nodes;

namespace DiplomacyGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Corpus documents on which our engine answers differently from graphql-js on purpose. Each has
/// the reason and the answer our engine gives instead, which the test then requires: the
/// difference stays visible and cannot drift.
/// </summary>
internal static class DeliberateDifferences
{
    public static IReadOnlyDictionary<string, (string Reason, JsonObject Ours)> All { get; } =
        new Dictionary<string, (string, JsonObject)>(StringComparer.Ordinal)
        {
            ["execution/operations/subscription-runs-as-query.graphql"] = (
                "graphql-js's execute() runs a subscription operation once, like a query; our engine has no " +
                "subscriptions and says so with a request error rather than answer as if it had one.",
                (JsonObject)JsonNode.Parse("""
                    {"verdict":"executed","result":{"errors":[{"message":"Subscription operations are not supported.","locations":[{"line":1,"column":1}]}]}}
                    """)!),
        };
}
