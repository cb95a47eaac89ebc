using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Ingest;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Curation;

public sealed partial class Curator
{
    /// <summary>The longest text <c>addArticle</c> takes (the seed articles have 2,000 to 9,000 characters).</summary>
    public const int MaxArticleCharacters = 200_000;

    /// <summary>The longest title or Arabic title.</summary>
    public const int MaxTitleCharacters = 300;

    /// <summary>The operation recorded for a new article.</summary>
    public const string AddArticleOperation = "addArticle";

    /// <summary>The id of an article given without one: <c>article-</c> and the first 16 hex digits of the text's SHA-256, so the same text sent twice is refused as a duplicate.</summary>
    public static string DerivedArticleId(string text) =>
        "article-" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];

    /// <summary>
    /// Adds an article: its <c>:Article</c> node (the article properties the fact files have, owned by
    /// curation), its MENTIONS of the entities the graph holds now (found as <c>ingest</c> finds them),
    /// the change record, and its text as <c>{id}.txt</c> in the corpus folder. Returns its id.
    /// </summary>
    /// <remarks>
    /// The text file is written last, after every statement has run and before the caller commits:
    /// a failure before it leaves neither file nor node; a failed commit after it leaves the file with no
    /// node. Such a file is the only trace a failure can leave; it is harmless (evidence must cite an
    /// article the graph holds, and a load reads only the articles of the fact files) and a retry with
    /// the same text reuses it. A different text is never written over an existing file.
    /// </remarks>
    public async Task<string> AddArticleAsync(Neo4jTransaction transaction, ArticleDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(draft);
        var text = (draft.Text ?? "").TrimStart('\uFEFF');
        var id = string.IsNullOrWhiteSpace(draft.Id) ? DerivedArticleId(text) : draft.Id.Trim();
        var owner = $"addArticle '{id}'";
        if (corpus is null)
        {
            throw new CurationException([$"{owner}: no corpus folder is configured (--corpus or DIPLOMACYGRAPH_CORPUS), so the text cannot be stored."]);
        }

        var problems = new CurationProblems();
        var properties = CheckArticle(owner, id, text, draft, problems);
        problems.ThrowIfAny();

        var url = properties.GetValueOrDefault("url") as string;
        using var held = await _locks.AcquireAsync(
            transaction, url is null ? [CurationLocks.Node(id)] : [CurationLocks.Node(id), CurationLocks.Url(url)], owner, cancellationToken).ConfigureAwait(false);
        if (await FindNodeAsync(transaction, id, cancellationToken).ConfigureAwait(false) is not null)
        {
            problems.Add(CurationErrorCodes.AlreadyExists, $"{owner}: a node with the id '{id}' already exists{(draft.Id is null ? " (the same text was added before)" : "")}.");
        }

        if (url is not null && await ArticleWithUrlAsync(transaction, url, cancellationToken).ConfigureAwait(false) is { } other)
        {
            problems.Add(CurationErrorCodes.AlreadyExists, $"{owner}: the article '{other}' already has the URL '{url}'.");
        }

        if (ArticleFile.Existing(corpus.Folder, id) is { } stored && stored != text)
        {
            problems.Add(CurationErrorCodes.AlreadyExists, $"{owner}: the corpus folder already holds another text as '{id}.txt'; choose another id.");
        }

        problems.ThrowIfAny();

        var gazetteer = await ArticleIngester.ReadGazetteerAsync(transaction.RunAsync, cancellationToken).ConfigureAwait(false);
        var mentions = FactGraphBuilder.MentionRows(id, text, gazetteer, Origin.Curation).ToList();
        var recording = await ChangeRecorder.BeginAsync(transaction, new ChangeScope([id], [], WithIncidentRelationships: true), cancellationToken).ConfigureAwait(false);
        await transaction.RunAsync(
            [.. GraphWriteStatements.WriteNodes([new NodeRow(id, NodeKind.Article, EntityLabels.Article, properties)]), .. GraphWriteStatements.WriteRelationships(mentions)],
            cancellationToken).ConfigureAwait(false);
        await ForgetRemovalAsync(transaction, id, cancellationToken).ConfigureAwait(false);
        await recording.RecordAsync(AddArticleOperation, CuratorName, id, reverts: null, cancellationToken).ConfigureAwait(false);
        await held.FinishAsync(cancellationToken).ConfigureAwait(false);
        ArticleFile.Write(corpus.Folder, id, text);
        return id;
    }

    /// <summary>The node's properties (those an article of the fact files has), or problems for every bad field.</summary>
    private static Dictionary<string, object> CheckArticle(string owner, string id, string text, ArticleDraft draft, CurationProblems problems)
    {
        if (!ArticleFile.IsValidId(id))
        {
            problems.Add($"{owner}: the id must be at most {ArticleFile.MaxIdLength} letters, digits, '_', '.' or '-', not starting with '.' or '-' (it names the text file).");
        }

        if (text.Trim().Length == 0)
        {
            problems.Add($"{owner}: the text must not be empty.");
        }
        else if (text.Length > MaxArticleCharacters)
        {
            problems.Add($"{owner}: the text has {text.Length} characters; at most {MaxArticleCharacters} are accepted.");
        }

        var properties = new Dictionary<string, object>(StringComparer.Ordinal) { ["id"] = id, [Origin.Property] = Origin.Curation };
        AddText(owner, "title", draft.Title, required: true, properties, problems);
        AddText(owner, "titleAr", draft.TitleAr, required: false, properties, problems);
        AddText(owner, "publisher", draft.Publisher, required: false, properties, problems);
        if (draft.PublishedOn is not null && PropertyChecks.Check(owner, "publishedOn", draft.PublishedOn.Trim(), problems) is string date)
        {
            properties["publishedOn"] = date;
        }

        if (draft.Url is not null)
        {
            var url = draft.Url.Trim();
            if (Uri.TryCreate(url, UriKind.Absolute, out var parsed) && (parsed.Scheme == Uri.UriSchemeHttp || parsed.Scheme == Uri.UriSchemeHttps)
                && parsed.Host.Length > 0 && url.Length <= 2000 && !url.Any(char.IsWhiteSpace))
            {
                properties["url"] = url;
            }
            else
            {
                problems.Add($"{owner}: the url must be an absolute http:// or https:// address (at most 2000 characters); got '{Shorten(url)}'.");
            }
        }

        var language = (draft.Language ?? "").Trim();
        if (LanguageTag().IsMatch(language))
        {
            properties["language"] = language;
        }
        else
        {
            problems.Add($"{owner}: the language must be a BCP 47 tag such as 'ar', 'en' or 'zh-Hans'; got '{Shorten(language)}'.");
        }

        return properties;
    }

    private static void AddText(string owner, string name, string? value, bool required, Dictionary<string, object> properties, CurationProblems problems)
    {
        var text = value?.Trim() ?? "";
        if (text.Length > MaxTitleCharacters)
        {
            problems.Add($"{owner}: the {name} has {text.Length} characters; at most {MaxTitleCharacters} are accepted.");
        }
        else if (text.Length > 0)
        {
            properties[name] = text;
        }
        else if (required)
        {
            problems.Add($"{owner}: the {name} must not be empty.");
        }
    }

    private static async Task<string?> ArticleWithUrlAsync(Neo4jTransaction transaction, string url, CancellationToken cancellationToken)
    {
        var result = await transaction.RunAsync(
            new Statement("MATCH (a:Article) WHERE a.url = $url RETURN a.id AS id LIMIT 1", Parameters(("url", url))), cancellationToken).ConfigureAwait(false);
        return result.Records.Count == 0 ? null : result.Records[0].Get<string>("id");
    }

    private static string Shorten(string text) => text.Length <= 80 ? text : text[..80] + "…";

    [GeneratedRegex("^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$", RegexOptions.CultureInvariant)]
    private static partial Regex LanguageTag();
}
