namespace DiplomacyGraph.Domain.Corpus;

/// <summary>
/// Where the article texts are: the folder the user names, else <see cref="EnvironmentVariable"/>,
/// else <c>../shared/seeds</c> next to the repository root when it exists. Null when none is
/// found: loading then skips the checks and quotes that need article text, with a warning.
/// </summary>
public static class CorpusLocator
{
    public const string EnvironmentVariable = "DIPLOMACYGRAPH_CORPUS";

    /// <summary>The default corpus folder relative to the repository root.</summary>
    public static readonly string DefaultRelativeToRepository = Path.Combine("..", "shared", "seeds");

    /// <exception cref="DirectoryNotFoundException">When a named folder (option or variable) does not exist: a typo must not silently skip the checks.</exception>
    public static string? Locate(string? namedFolder, string? repositoryRoot)
    {
        var named = !string.IsNullOrWhiteSpace(namedFolder) ? namedFolder : Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            return Directory.Exists(named)
                ? Path.GetFullPath(named)
                : throw new DirectoryNotFoundException($"The corpus folder '{named}' does not exist.");
        }

        if (repositoryRoot is null)
        {
            return null;
        }

        var fallback = Path.GetFullPath(Path.Combine(repositoryRoot, DefaultRelativeToRepository));
        return Directory.Exists(fallback) ? fallback : null;
    }
}
