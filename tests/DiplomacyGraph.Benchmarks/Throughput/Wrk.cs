using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;

namespace DiplomacyGraph.Benchmarks.Throughput;

/// <summary>Runs Debian's <c>wrk</c> (two threads, keep-alive connections) and reads its summary.</summary>
public static partial class Wrk
{
    public static async Task<WrkResult> RunAsync(WrkTarget target, int connections, int seconds)
    {
        var start = new ProcessStartInfo("wrk")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[] { "-t2", $"-c{connections}", $"-d{seconds}s", "--latency", "-s", target.Script, target.Uri.ToString() })
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException("wrk did not start (apt-get install wrk).");
        var output = await process.StandardOutput.ReadToEndAsync();
        var error = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"wrk failed ({process.ExitCode}): {error}{output}");
        }

        return Parse(output);
    }

    public static WrkResult Parse(string output)
    {
        var total = Total().Match(output);
        if (!total.Success)
        {
            throw new InvalidOperationException("wrk's output has no request count:\n" + output);
        }

        var requests = long.Parse(total.Groups["requests"].Value, CultureInfo.InvariantCulture);
        var seconds = Duration(total.Groups["value"].Value, total.Groups["unit"].Value) / 1000;
        var median = Median().Match(output);
        var p50 = median.Success ? Duration(median.Groups["value"].Value, median.Groups["unit"].Value) : double.NaN;
        long errors = 0;
        var socket = SocketErrors().Match(output);
        if (socket.Success)
        {
            errors += Enumerable.Range(1, 4).Sum(group => long.Parse(socket.Groups[group].Value, CultureInfo.InvariantCulture));
        }

        var failed = FailedAnswers().Match(output);
        if (!failed.Success)
        {
            throw new InvalidOperationException("wrk's output lacks the script's count of failed answers:\n" + output);
        }

        errors += long.Parse(failed.Groups["count"].Value, CultureInfo.InvariantCulture);
        return new WrkResult(requests, seconds, p50, errors);
    }

    /// <summary>A wrk duration in milliseconds.</summary>
    private static double Duration(string value, string unit) =>
        double.Parse(value, CultureInfo.InvariantCulture) * unit switch
        {
            "us" => 0.001,
            "ms" => 1,
            "s" => 1000,
            "m" => 60_000,
            _ => throw new InvalidOperationException($"Unknown wrk unit '{unit}'."),
        };

    [GeneratedRegex(@"(?<requests>\d+) requests in (?<value>[\d.]+)(?<unit>us|ms|s|m),")]
    private static partial Regex Total();

    [GeneratedRegex(@"^\s+50%\s+(?<value>[\d.]+)(?<unit>us|ms|s|m)\s*$", RegexOptions.Multiline)]
    private static partial Regex Median();

    [GeneratedRegex(@"Failed answers: (?<count>\d+)")]
    private static partial Regex FailedAnswers();

    [GeneratedRegex(@"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)")]
    private static partial Regex SocketErrors();
}
