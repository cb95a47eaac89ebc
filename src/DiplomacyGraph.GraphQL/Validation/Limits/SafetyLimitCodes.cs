namespace DiplomacyGraph.GraphQL.Validation.Limits;

/// <summary>The <c>extensions.code</c> of each safety-limit error, so clients can tell them apart.</summary>
public static class SafetyLimitCodes
{
    public const string DocumentTooLarge = "DOCUMENT_TOO_LARGE";

    public const string MaxDepthExceeded = "MAX_DEPTH_EXCEEDED";

    public const string MaxCostExceeded = "MAX_COST_EXCEEDED";

    public const string MaxAliasesExceeded = "MAX_ALIASES_EXCEEDED";

    /// <summary>The error's extensions: the code, then the measured value and the limit under their names.</summary>
    internal static IReadOnlyDictionary<string, object?> Extensions(string code, string measure, long value, string limit, long maximum) =>
        new Dictionary<string, object?>
        {
            ["code"] = code,
            [measure] = value,
            [limit] = maximum,
        };
}
