using DiplomacyGraph.GraphQL.AspNetCore.Ide;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// Banana Cake Pop: the build <c>dotnet publish</c> put beside the binaries (<c>ide/</c>, fetched at publish time, so a
/// published host needs neither npm nor the network), else installed once with npm into the git-ignored
/// <c>.local/ide</c> (the http layer pins the version).
/// </summary>
public static class IdeInstallation
{
    /// <summary>Where the publish output keeps the IDE (see the PublishBananaCakePop target of the host's project).</summary>
    public static string PublishedDirectory => Path.Combine(AppContext.BaseDirectory, "ide");

    /// <summary>The IDE's folder, or null (with a note on <paramref name="output"/>) when npm cannot install it: the API works without it.</summary>
    public static async Task<string?> TryEnsureAsync(TextWriter output, CancellationToken cancellationToken)
    {
        if (File.Exists(Path.Combine(PublishedDirectory, "index.html")))
        {
            return PublishedDirectory;
        }

        try
        {
            return await BananaCakePopInstaller.EnsureInstalledAsync(Path.Combine(LocalFolder.Resolve(), "ide"), cancellationToken);
        }
        catch (Exception error) when (error is InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            output.WriteLine($"Banana Cake Pop is not available ({error.Message}); the API is served without the IDE.");
            return null;
        }
    }
}
