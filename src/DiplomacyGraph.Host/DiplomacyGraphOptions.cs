using System.CommandLine;
using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Host.Api;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Host;

/// <summary>
/// All of the host's configuration, in one place. Each setting comes from its command-line option, else its
/// environment variable, else a default that makes <c>dotnet run --project src/DiplomacyGraph.Host</c> work with
/// nothing set.
/// </summary>
public sealed record DiplomacyGraphOptions
{
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>Where the API listens (DIPLOMACYGRAPH_URLS / --urls).</summary>
    public required string Urls { get; init; }

    /// <summary>An external Neo4j's HTTP address (NEO4J_URI / --neo4j-uri); null means the project's own local Neo4j.</summary>
    public Uri? Neo4jUri { get; init; }

    public required string Neo4jUser { get; init; }

    /// <summary>The external server's password; the local server's password is generated and read from its folder.</summary>
    public string? Neo4jPassword { get; init; }

    /// <summary>The local Neo4j's HTTP port (DIPLOMACYGRAPH_NEO4J_HTTP_PORT / --neo4j-http-port).</summary>
    public required int Neo4jHttpPort { get; init; }

    /// <summary>The local Neo4j's Bolt port (DIPLOMACYGRAPH_NEO4J_BOLT_PORT / --neo4j-bolt-port), used by Neo4j Browser.</summary>
    public required int Neo4jBoltPort { get; init; }

    /// <summary>The folder of article texts (DIPLOMACYGRAPH_CORPUS / --corpus); by default ../shared/seeds next to the repository, when present.</summary>
    public string? Corpus { get; init; }

    /// <summary>
    /// The key curation mutations need (DIPLOMACYGRAPH_API_KEY only: a secret on the command line would show in
    /// the process list); null disables mutations.
    /// </summary>
    public string? ApiKey { get; init; }

    /// <summary>Named keys, curator name → key (DIPLOMACYGRAPH_API_KEYS as <c>name=key,name2=key2</c>, environment only); null when unset.</summary>
    public IReadOnlyDictionary<string, string>? CuratorApiKeys { get; init; }

    /// <summary>Page sizes, cost limit, request timeout and read lanes (<see cref="ApiLimitOptions"/>).</summary>
    public ApiLimits Limits { get; init; } = new();

    /// <summary>The local Neo4j's heap and page cache, e.g. <c>2g</c> (<see cref="Neo4jMemoryOptions"/>).</summary>
    public string Neo4jHeap { get; init; } = Neo4jMemory.DefaultHeap(Neo4jMemory.MachineBytes);

    public string Neo4jPageCache { get; init; } = Neo4jMemory.DefaultPageCache(Neo4jMemory.MachineBytes);

    public bool UsesExternalNeo4j => Neo4jUri is not null;

    public static readonly Option<string> UrlsOption = new("--urls")
    {
        Description = "Where the API listens. Env: DIPLOMACYGRAPH_URLS.",
        DefaultValueFactory = _ => FromEnvironment("DIPLOMACYGRAPH_URLS") ?? DefaultUrls,
        Validators = { MustBeListenAddresses },
        Recursive = true,
    };

    public static readonly Option<Uri?> Neo4jUriOption = new("--neo4j-uri")
    {
        Description = "HTTP address of an external Neo4j (e.g. http://localhost:7474); skips the local one. Env: NEO4J_URI.",
        DefaultValueFactory = _ => Neo4jUriFromEnvironment(),
        // System.CommandLine converts no Uri by itself: without this parser every value given on the command line fails.
        CustomParser = result =>
        {
            if (result.Tokens.Count == 0)
            {
                return Neo4jUriFromEnvironment();
            }

            var text = result.Tokens[0].Value;
            var uri = HttpAddress(text);
            if (uri is null)
            {
                result.AddError($"--neo4j-uri '{text}' is not an absolute http:// or https:// address.");
            }

            return uri;
        },
        Recursive = true,
    };

    public static readonly Option<string> Neo4jUserOption = new("--neo4j-user")
    {
        Description = "User for the external Neo4j. Env: NEO4J_USER.",
        DefaultValueFactory = _ => FromEnvironment("NEO4J_USER") ?? "neo4j",
        Recursive = true,
    };

    public static readonly Option<string?> Neo4jPasswordOption = new("--neo4j-password")
    {
        Description = "Password for the external Neo4j. Env: NEO4J_PASSWORD.",
        DefaultValueFactory = _ => FromEnvironment("NEO4J_PASSWORD"),
        Recursive = true,
    };

    public static readonly Option<int> Neo4jHttpPortOption = new("--neo4j-http-port")
    {
        Description = "HTTP port of the local Neo4j. Env: DIPLOMACYGRAPH_NEO4J_HTTP_PORT.",
        DefaultValueFactory = _ => PortFromEnvironment("DIPLOMACYGRAPH_NEO4J_HTTP_PORT", 7474),
        Validators = { OptionValidation.IntegerIn(1, 65535, "is not a TCP port number") },
        Recursive = true,
    };

    public static readonly Option<int> Neo4jBoltPortOption = new("--neo4j-bolt-port")
    {
        Description = "Bolt port of the local Neo4j (Neo4j Browser connects to it). Env: DIPLOMACYGRAPH_NEO4J_BOLT_PORT.",
        DefaultValueFactory = _ => PortFromEnvironment("DIPLOMACYGRAPH_NEO4J_BOLT_PORT", 7687),
        Validators = { OptionValidation.IntegerIn(1, 65535, "is not a TCP port number") },
        Recursive = true,
    };

    public static readonly Option<string?> CorpusOption = new("--corpus")
    {
        Description = "Folder of article texts. Env: DIPLOMACYGRAPH_CORPUS. Default: ../shared/seeds beside the repository, if present.",
        // A named folder (here, the variable) is checked when it is loaded; the default is the Domain's one rule.
        DefaultValueFactory = _ => FromEnvironment(CorpusLocator.EnvironmentVariable) ?? CorpusLocator.Locate(null, RepositoryRoot.TryFind()),
        Validators = { MustBeCorpusFolder },
        Recursive = true,
    };

    /// <summary>Options for the root command; each is recursive, so every verb takes it too (before or after the verb).</summary>
    public static IEnumerable<Option> All =>
        [UrlsOption, Neo4jUriOption, Neo4jUserOption, Neo4jPasswordOption, Neo4jHttpPortOption, Neo4jBoltPortOption, CorpusOption,
            .. Neo4jMemoryOptions.All, .. ApiLimitOptions.All];

    /// <summary>
    /// The options of a parsed command line. Values from the environment are checked here (the command line's are
    /// checked while parsing), so every verb refuses a bad setting before it touches Neo4j.
    /// </summary>
    /// <exception cref="ArgumentException">An environment variable holds a value the option would refuse.</exception>
    public static DiplomacyGraphOptions From(ParseResult parseResult) => new()
    {
        Urls = CheckedFromEnvironment(parseResult.GetRequiredValue(UrlsOption), "DIPLOMACYGRAPH_URLS", ListenAddresses.Problem),
        Neo4jUri = parseResult.GetValue(Neo4jUriOption),
        Neo4jUser = parseResult.GetRequiredValue(Neo4jUserOption),
        Neo4jPassword = parseResult.GetValue(Neo4jPasswordOption),
        Neo4jHttpPort = parseResult.GetValue(Neo4jHttpPortOption),
        Neo4jBoltPort = parseResult.GetValue(Neo4jBoltPortOption),
        Corpus = parseResult.GetValue(CorpusOption) is { } corpus
            ? Path.GetFullPath(CheckedFromEnvironment(corpus, CorpusLocator.EnvironmentVariable, CorpusProblem))
            : null,
        ApiKey = FromEnvironment(ApiKeyAuthorizer.EnvironmentVariable),
        CuratorApiKeys = FromEnvironment(CuratorKeys.EnvironmentVariable) is { } keys ? CuratorKeys.Parse(keys) : null,
        Limits = ApiLimitOptions.From(parseResult),
        Neo4jHeap = Neo4jMemory.Format(Neo4jMemory.TryParse(parseResult.GetRequiredValue(Neo4jMemoryOptions.HeapOption))!.Value),
        Neo4jPageCache = Neo4jMemory.Format(Neo4jMemory.TryParse(parseResult.GetRequiredValue(Neo4jMemoryOptions.PageCacheOption))!.Value),
    };

    private static string? FromEnvironment(string name) =>
        Environment.GetEnvironmentVariable(name) is { Length: > 0 } value ? value : null;

    private static Uri? Neo4jUriFromEnvironment() =>
        FromEnvironment("NEO4J_URI") is { } text
            ? HttpAddress(text) ?? throw new ArgumentException($"NEO4J_URI='{text}' is not an absolute http:// or https:// address.")
            : null;

    private static Uri? HttpAddress(string text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? uri : null;

    private static void MustBeListenAddresses(System.CommandLine.Parsing.OptionResult result)
    {
        if (result.Tokens.Count > 0 && ListenAddresses.Problem(result.Tokens[0].Value) is { } problem)
        {
            result.AddError($"--urls: {problem}.");
        }
    }

    private static void MustBeCorpusFolder(System.CommandLine.Parsing.OptionResult result)
    {
        if (result.Tokens.Count > 0 && CorpusProblem(result.Tokens[0].Value) is { } problem)
        {
            result.AddError($"--corpus: {problem}.");
        }
    }

    /// <summary>
    /// A corpus folder must exist and hold articles: an empty one is what a container gets when the folder it should
    /// mount is missing, and loading without texts would silently drop every quote.
    /// </summary>
    private static string? CorpusProblem(string folder) =>
        !Directory.Exists(folder) ? $"the corpus folder '{folder}' does not exist"
        : !Directory.EnumerateFiles(folder, "*.txt").Any() ? $"the corpus folder '{folder}' holds no .txt articles"
        : null;

    /// <summary>Returns <paramref name="value"/>, or throws when it came from <paramref name="variable"/> and <paramref name="problem"/> finds one.</summary>
    private static string CheckedFromEnvironment(string value, string variable, Func<string, string?> problem) =>
        value == FromEnvironment(variable) && problem(value) is { } found
            ? throw new ArgumentException($"{variable}: {found}.")
            : value;

    private static int PortFromEnvironment(string name, int fallback) =>
        FromEnvironment(name) is { } text
            ? int.TryParse(text, out var port) && port is > 0 and < 65536
                ? port
                : throw new ArgumentException($"{name}='{text}' is not a TCP port number.")
            : fallback;
}
