using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using DiplomacyGraph.Neo4j.Local;

namespace DiplomacyGraph.Api.Tests.Host;

/// <summary>
/// The built host, run as a process, given wrong command lines and settings: each answer is one line naming the
/// problem, with its exit code (2 for a wrong command line, 1 for a bad setting or an unavailable resource, 3 for
/// a local Neo4j that is not running), no stack trace, no escape codes, and nothing touched before the check.
/// </summary>
public sealed class CommandLineMisuseTests : IDisposable
{
    private readonly string _scratch = Directory.CreateTempSubdirectory("diplomacygraph-cli-").FullName;

    public void Dispose() => Directory.Delete(_scratch, recursive: true);

    /// <summary>A command line (EMPTY is an empty folder), environment variables (NAME=VALUE;...), the error line expected and the exit code.</summary>
    public static TheoryData<string, string, string, int> Misuses() => new()
    {
        { "frobnicate", "", "error: Unrecognized command or argument 'frobnicate'.", 2 },
        { "--bogus serve", "", "error: Unrecognized command or argument '--bogus'.", 2 },
        { "--urls notaurl serve", "", "error: --urls: 'notaurl' is not an absolute http:// or https:// address (e.g. http://127.0.0.1:5080).", 2 },
        { "serve --urls http://127.0.0.1:5080/graphql", "", "error: --urls: 'http://127.0.0.1:5080/graphql' has a path; a listen address is scheme, host and port only.", 2 },
        { "--neo4j-uri ftp://db.example schema apply", "", "error: --neo4j-uri 'ftp://db.example' is not an absolute http:// or https:// address.", 2 },
        { "neo4j status --neo4j-http-port 70000", "", "error: --neo4j-http-port 70000 is not a TCP port number.", 2 },
        { "neo4j status --neo4j-bolt-port abc", "", "error: Cannot parse argument 'abc' for option '--neo4j-bolt-port' as expected type 'System.Int32'.", 2 },
        { "neo4j wait --timeout 0", "", "error: --timeout 0 must be a positive number.", 2 },
        { "neo4j logs --lines abc", "", "error: Cannot parse argument 'abc' for option '--lines' as expected type 'System.Int32'.", 2 },
        { "load --corpus /nonexistent-corpus", "", "error: --corpus: the corpus folder '/nonexistent-corpus' does not exist.", 2 },
        { "load --corpus EMPTY", "", "error: --corpus: the corpus folder 'EMPTY' holds no .txt articles.", 2 },
        { "load --data /nonexistent-data", "", "error: --data: the folder '/nonexistent-data' does not exist.", 2 },
        { "ingest /nonexistent-articles", "", "error: folder: the folder '/nonexistent-articles' does not exist.", 2 },
        { "serve", "DIPLOMACYGRAPH_URLS=notaurl", "error: DIPLOMACYGRAPH_URLS: 'notaurl' is not an absolute http:// or https:// address (e.g. http://127.0.0.1:5080).", 1 },
        { "load", "DIPLOMACYGRAPH_CORPUS=/nonexistent-corpus", "error: DIPLOMACYGRAPH_CORPUS: the corpus folder '/nonexistent-corpus' does not exist.", 1 },
        { "serve", "NEO4J_URI=bolt://db.example:7687", "error: NEO4J_URI='bolt://db.example:7687' is not an absolute http:// or https:// address.", 1 },
        { "neo4j status", "DIPLOMACYGRAPH_NEO4J_HTTP_PORT=0", "error: DIPLOMACYGRAPH_NEO4J_HTTP_PORT='0' is not a TCP port number.", 1 },
        { "serve --max-cost 0", "", "error: --max-cost 0 is not a whole number from 1 to 1000000000000000.", 2 },
        { "serve --reads-in-flight -1", "", "error: --reads-in-flight -1 is not a whole number from 1 to 1000.", 2 },
        { "serve --request-timeout soon", "", "error: Cannot parse argument 'soon' for option '--request-timeout' as expected type 'System.Int64'.", 2 },
        { "serve --default-page-size 600", "", "error: the default page size 600 is above the maximum page size 500 (--default-page-size / --max-page-size).", 1 },
        { "serve", "DIPLOMACYGRAPH_HEAVY_READS_QUEUED=lots", "error: DIPLOMACYGRAPH_HEAVY_READS_QUEUED='lots' is not a whole number from 0 to 100000.", 1 },
        { "neo4j start --neo4j-heap 2gb", "", "error: --neo4j-heap: '2gb' is not a size such as 512m or 2g.", 2 },
        { "neo4j start --neo4j-heap 100m", "", "error: --neo4j-heap: '100m' is below the minimum of 256m.", 2 },
        { "neo4j start --neo4j-page-cache 100000g", "", "error: --neo4j-page-cache: '100000g' is more than this machine's memory (MACHINE).", 2 },
        { "neo4j start", "DIPLOMACYGRAPH_NEO4J_PAGE_CACHE=1t", "error: DIPLOMACYGRAPH_NEO4J_PAGE_CACHE: '1t' is not a size such as 512m or 2g.", 1 },
        { "schema apply", "", "error: The local Neo4j (LOCAL/neo4j/dev) is not running. Start it with 'neo4j start' (or run the host without a verb), or point at another server with --neo4j-uri / NEO4J_URI.", 1 },
        { "neo4j wait", "", "error: the local Neo4j (LOCAL/neo4j/dev) is not running; start it with 'neo4j start'.", 3 },
    };

    [Theory]
    [MemberData(nameof(Misuses))]
    public async Task A_misuse_is_one_error_line_and_its_exit_code(string commandLine, string variables, string expectedError, int expectedExitCode)
    {
        var empty = Directory.CreateDirectory(Path.Combine(_scratch, "empty")).FullName;
        var local = Path.Combine(_scratch, "local");
        var environment = variables.Split(';', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => pair.Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        environment["DIPLOMACYGRAPH_LOCAL_DIR"] = local;

        var (exitCode, output, error) = await HostProcess.RunAsync(
            commandLine.Replace("EMPTY", empty, StringComparison.Ordinal).Split(' '), environment);

        Assert.Equal(
            expectedError.Replace("EMPTY", empty, StringComparison.Ordinal).Replace("LOCAL", local, StringComparison.Ordinal)
                .Replace("MACHINE", Neo4jMemory.Format(Neo4jMemory.MachineBytes), StringComparison.Ordinal),
            FirstLine(error));
        Assert.Equal(expectedExitCode, exitCode);
        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", output + error, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.Equal("", output);
        // Nothing was provisioned or started before the check refused.
        Assert.False(Directory.Exists(Path.Combine(local, "neo4j")));
    }

    [Fact]
    public async Task A_taken_api_port_is_one_error_line_before_anything_starts()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        var local = Path.Combine(_scratch, "local");

        var (exitCode, output, error) = await HostProcess.RunAsync(
            ["--urls", $"http://127.0.0.1:{port}"], new Dictionary<string, string> { ["DIPLOMACYGRAPH_LOCAL_DIR"] = local });

        Assert.Equal(
            $"error: Cannot serve the API on http://127.0.0.1:{port}: port {port} is already in use. Stop what listens there or choose another address with --urls.",
            error.TrimEnd());
        Assert.Equal(1, exitCode);
        Assert.Equal("", output);
        Assert.False(Directory.Exists(Path.Combine(local, "neo4j")), "Neo4j was provisioned although the API could not listen.");
    }

    [Fact]
    public async Task Neo4j_wait_on_a_stopped_server_answers_at_once()
    {
        var clock = Stopwatch.StartNew();
        var (exitCode, _, _) = await HostProcess.RunAsync(
            ["neo4j", "wait", "--timeout", "120"], new Dictionary<string, string> { ["DIPLOMACYGRAPH_LOCAL_DIR"] = _scratch });

        Assert.Equal(3, exitCode);
        // Well below the 10 s the server is given to write its pid file after a start: nothing is starting here.
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"took {clock.Elapsed.TotalSeconds:F1} s");
    }

    [Fact]
    public async Task Redirected_output_has_no_escape_codes_and_tables_on_one_line_per_row()
    {
        var (exitCode, output, error) = await HostProcess.RunAsync(["load", "--dry-run"]);

        Assert.Equal(0, exitCode);
        Assert.Contains("The fact files are valid.", output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.Contains(output.Split('\n'), line => line.Contains("TWINNED_WITH", StringComparison.Ordinal) && line.TrimEnd().EndsWith('│'));
    }

    [Fact]
    public async Task Ctrl_c_stops_the_api_and_exits_130()
    {
        using var host = HostProcess.Start(
            ["serve", "--urls", "http://127.0.0.1:0", "--neo4j-uri", "http://127.0.0.1:9"],
            new Dictionary<string, string> { ["DIPLOMACYGRAPH_LOCAL_DIR"] = _scratch, ["PATH"] = "/nonexistent" });
        Assert.True(await host.WaitForOutputAsync("Press Ctrl+C to stop.", TimeSpan.FromSeconds(60)), host.Output + host.Error);
        var endpoint = host.Output.Split('\n').Single(line => line.StartsWith("GraphQL API:", StringComparison.Ordinal)).Split(' ', StringSplitOptions.RemoveEmptyEntries)[2];

        host.Signal("INT");
        var exitCode = await host.WaitForExitAsync(TimeSpan.FromSeconds(30));

        Assert.Equal(130, exitCode);
        Assert.DoesNotContain("   at ", host.Output + host.Error, StringComparison.Ordinal);
        using var http = new HttpClient();
        await Assert.ThrowsAsync<HttpRequestException>(() => http.GetAsync(new Uri(endpoint)));
    }

    private static string FirstLine(string text) => text.Split('\n')[0].TrimEnd('\r');
}
