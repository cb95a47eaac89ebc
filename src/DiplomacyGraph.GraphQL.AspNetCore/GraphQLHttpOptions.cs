using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Validation.Limits;

namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>How one GraphQL endpoint behaves; every setting has a default fit for production.</summary>
public sealed class GraphQLHttpOptions
{
    /// <summary>
    /// Longest a request may take from parsing to the last resolver, default 30 s. Past it the
    /// request's cancellation token fires and the client gets a <c>REQUEST_TIMEOUT</c> error.
    /// </summary>
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How many distinct query texts keep their parsed and validated document, default 1,000;
    /// 0 turns the cache off.
    /// </summary>
    public int DocumentCacheCapacity { get; init; } = 1_000;

    /// <summary>
    /// Most bytes of query text (UTF-16) the document cache keeps, default 4 MiB; a text over a quarter of it is
    /// never cached. A parsed and validated document weighs roughly 35 times its text (1,000 distinct 100 KB
    /// documents grew the process by 3.5 GB), so the default holds about 150 MB of documents at most.
    /// </summary>
    public long DocumentCacheMaxBytes { get; init; } = 4 * 1024 * 1024;

    /// <summary>Largest POST body accepted, default 1 MiB (413 beyond it).</summary>
    public long MaxRequestBodyBytes { get; init; } = 1024 * 1024;

    /// <summary>
    /// Document length, depth, cost and alias limits, all checked before any resolver runs; the
    /// defaults and the cost model are in the engine's <c>Validation/README.md</c>.
    /// </summary>
    public SafetyLimits Limits { get; init; } = SafetyLimits.Default;

    /// <summary>Parser limits (tokens, nesting depth), checked while parsing.</summary>
    public ParserOptions ParserOptions { get; init; } = ParserOptions.Default;

    /// <summary>Leave "Did you mean …?" hints out of validation messages, so a schema's names are not leaked.</summary>
    public bool HideSuggestions { get; init; }

    /// <summary>The parent value of the root fields, for schemas whose root resolvers read it; usually null.</summary>
    public object? RootValue { get; init; }

    /// <summary>Makes the user context resolvers see; null: none.</summary>
    public GraphQLContextFactory? ContextFactory { get; init; }

    /// <summary>Decides whether a request may run its operation; null: every request may.</summary>
    public OperationAuthorizer? AuthorizeOperation { get; init; }

    /// <summary>Serve the schema as SDL text on <c>GET …?sdl</c>, default true.</summary>
    public bool EnableSchemaDownload { get; init; } = true;

    /// <summary>
    /// The folder of the Banana Cake Pop build (what <see cref="Ide.BananaCakePopInstaller"/> returns);
    /// null serves no IDE.
    /// </summary>
    public string? IdeDirectory { get; init; }

    /// <summary>
    /// Field error codes that mean "not now" rather than "not so": a result carrying one is answered with 503 and
    /// <c>Retry-After</c> (<see cref="RetryAfter"/>) whatever the media type, so clients and proxies back off.
    /// </summary>
    public IReadOnlySet<string> ServiceUnavailableCodes { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "SERVICE_UNAVAILABLE", "BUSY" };

    /// <summary>The <c>Retry-After</c> of a 503, default 1 s.</summary>
    public TimeSpan RetryAfter { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>The IDE's window title.</summary>
    public string IdeTitle { get; init; } = "GraphQL";
}
