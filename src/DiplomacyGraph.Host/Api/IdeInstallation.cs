using DiplomacyGraph.GraphQL.AspNetCore.Ide;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Host.Api;

/// <summary>Banana Cake Pop, installed once with npm into the git-ignored <c>.local/ide</c> (the http layer pins the version).</summary>
public static class IdeInstallation
{
    /// <summary>The IDE's folder, or null (with a note on <paramref name="output"/>) when npm cannot install it: the API works without it.</summary>
    public static async Task<string?> TryEnsureAsync(TextWriter output, CancellationToken cancellationToken)
    {
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
