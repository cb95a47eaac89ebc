using Microsoft.Extensions.Hosting;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// Replaces ASP.NET Core's console lifetime, which would answer Ctrl+C and SIGTERM itself: in the host, the
/// command line owns those signals (Terminal/Interruption) and stops the API through its cancellation token.
/// </summary>
internal sealed class CommandLineLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
