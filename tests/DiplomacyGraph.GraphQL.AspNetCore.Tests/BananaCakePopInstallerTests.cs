using DiplomacyGraph.GraphQL.AspNetCore.Ide;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

/// <summary>How the installer behaves when it cannot install (the installing itself is exercised by <see cref="IdeServingTests"/>).</summary>
public sealed class BananaCakePopInstallerTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "bcp-installer-" + Guid.NewGuid().ToString("N"));

    public BananaCakePopInstallerTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    [Fact]
    public async Task Says_which_lock_it_waited_for_when_another_install_holds_it_too_long()
    {
        var lockPath = Path.Combine(_folder, ".install.lock");
        using var otherInstall = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(
            () => BananaCakePopInstaller.EnsureInstalledAsync(_folder, TimeSpan.FromMilliseconds(600), CancellationToken.None));

        Assert.Contains(lockPath, error.Message, StringComparison.Ordinal);
        Assert.Contains("another installation", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(_folder, "package.json")), "The installer wrote files without holding the lock.");
    }
}
