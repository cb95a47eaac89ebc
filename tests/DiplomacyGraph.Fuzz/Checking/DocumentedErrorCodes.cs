namespace DiplomacyGraph.Fuzz.Checking;

/// <summary>
/// The one list of <c>extensions.code</c> values a client may see, as documented in
/// src/DiplomacyGraph.GraphQL.AspNetCore/README.md ("Error codes") and the curation codes of the
/// top-level README. <c>INTERNAL_SERVER_ERROR</c> is documented too, but it means a bug, so the
/// checker reports it separately.
/// </summary>
public static class DocumentedErrorCodes
{
    public const string InternalError = "INTERNAL_SERVER_ERROR";

    /// <summary>The codes a 503 may carry (with <c>Retry-After</c>).</summary>
    public static readonly IReadOnlySet<string> Unavailable = new HashSet<string>(StringComparer.Ordinal) { "BUSY", "SERVICE_UNAVAILABLE" };

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        "INVALID_JSON", "INVALID_PARAMETER", "MISSING_QUERY", "MALFORMED_BODY",
        "UNSUPPORTED_MEDIA_TYPE", "NOT_ACCEPTABLE", "METHOD_NOT_ALLOWED", "REQUEST_TOO_LARGE",
        "GRAPHQL_PARSE_FAILED", "GRAPHQL_VALIDATION_FAILED",
        "DOCUMENT_TOO_LARGE", "MAX_DEPTH_EXCEEDED", "MAX_ALIASES_EXCEEDED", "MAX_COST_EXCEEDED", "PAGE_SIZE_EXCEEDED",
        "BAD_USER_INPUT", "SUBSCRIPTION_NOT_SUPPORTED", "API_KEY_REQUIRED", "API_KEY_INVALID", "MUTATIONS_DISABLED", "INVALID_ARGUMENT", "FIELD_ERROR",
        "CURATION_REJECTED", "CURATION_NOT_FOUND", "CURATION_ALREADY_EXISTS", "CURATION_BUSY", "CURATION_SUPERSEDED",
        "REQUEST_TIMEOUT", "GRAPH_DATABASE_TIMEOUT", "BUSY", "SERVICE_UNAVAILABLE", "GRAPH_DATABASE_ERROR",
        InternalError,
    };
}
