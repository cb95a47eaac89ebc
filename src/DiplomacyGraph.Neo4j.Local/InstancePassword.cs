using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// The instance's generated password for user <c>neo4j</c>, kept in a file only the owner can read inside the
/// instance folder. The file is written before the server's password is changed, so an interrupted first start
/// is finished by the next one (which finds neo4j/neo4j still accepted and changes it then).
/// </summary>
internal sealed class InstancePassword
{
    public const string User = "neo4j";
    private const string FactoryPassword = "neo4j";

    private InstancePassword(string file) => File = file;

    public string File { get; }

    public static InstancePassword For(string instanceDirectory) => new(Path.Combine(instanceDirectory, "password"));

    public string? TryRead() => System.IO.File.Exists(File) ? System.IO.File.ReadAllText(File).Trim() : null;

    public string ReadOrCreate()
    {
        var existing = TryRead();
        if (!string.IsNullOrEmpty(existing))
        {
            return existing;
        }

        var generated = RandomNumberGenerator.GetString("abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789", 24);
        System.IO.File.WriteAllText(File, generated + "\n");
        if (!OperatingSystem.IsWindows())
        {
            System.IO.File.SetUnixFileMode(File, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return generated;
    }

    /// <summary>Makes the server accept the stored password, changing it from the factory default if needed.</summary>
    public async Task EnsureSetOnServerAsync(Uri httpUri, CancellationToken cancellationToken)
    {
        var password = ReadOrCreate();
        using var http = new HttpClient { BaseAddress = httpUri, Timeout = TimeSpan.FromSeconds(30) };
        if (await AcceptsAsync(http, password, cancellationToken).ConfigureAwait(false))
        {
            return;
        }

        using var change = new HttpRequestMessage(HttpMethod.Post, $"user/{User}/password")
        {
            Content = JsonContent.Create(new { password }),
        };
        change.Headers.Authorization = Basic(User, FactoryPassword);
        using var response = await http.SendAsync(change, cancellationToken).ConfigureAwait(false);
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
            throw new Neo4jProvisioningException(
                $"Neo4j at {httpUri} accepts neither the password in {File} nor the factory password " +
                $"(changing it answered {(int)response.StatusCode}: {body}). " +
                "If the instance's data was made elsewhere, delete the instance folder to start afresh.");
        }
    }

    private static async Task<bool> AcceptsAsync(HttpClient http, string password, CancellationToken cancellationToken)
    {
        using var probe = new HttpRequestMessage(HttpMethod.Get, "db/data/");
        probe.Headers.Authorization = Basic(User, password);
        using var response = await http.SendAsync(probe, cancellationToken).ConfigureAwait(false);
        return response.StatusCode == HttpStatusCode.OK;
    }

    private static AuthenticationHeaderValue Basic(string user, string password) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{user}:{password}")));
}
