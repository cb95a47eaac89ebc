using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Tests.Support;

/// <summary>
/// The curated fact files (copied next to the test binaries) and the seed corpus (found the way
/// the CLI finds it: <c>DIPLOMACYGRAPH_CORPUS</c>, else <c>../shared/seeds</c> beside the
/// repository root).
/// </summary>
public static class SeedData
{
    private static readonly Lazy<FactReadResult> Read = new(() => FactValidator.ReadAndValidate(DataFolder, Corpus));
    private static readonly Lazy<ArticleCorpus> LoadedCorpus = new(() => ArticleCorpus.Load(CorpusFolder));

    public static string DataFolder => Path.Combine(AppContext.BaseDirectory, "data");

    public static string CorpusFolder =>
        CorpusLocator.Locate(null, RepositoryRoot())
        ?? throw new InvalidOperationException(
            $"The seed corpus was not found: set {CorpusLocator.EnvironmentVariable} or put it at {CorpusLocator.DefaultRelativeToRepository} beside the repository root.");

    public static ArticleCorpus Corpus => LoadedCorpus.Value;

    /// <summary>The curated facts, read and validated once per test run.</summary>
    public static FactReadResult Facts => Read.Value;

    private static string? RepositoryRoot()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "DiplomacyGraph.sln")))
            {
                return folder.FullName;
            }
        }

        return null;
    }
}
