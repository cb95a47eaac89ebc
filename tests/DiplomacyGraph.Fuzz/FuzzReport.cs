using System.Collections.Concurrent;
using System.Globalization;
using System.Text;
using DiplomacyGraph.Fuzz.Checking;

namespace DiplomacyGraph.Fuzz;

/// <summary>What a run saw: requests per kind and status, error codes per kind, violations with a sample each, memory, time.</summary>
public sealed class FuzzReport
{
    private readonly ConcurrentDictionary<(RequestKind Kind, int Status), int> _statuses = new();
    private readonly ConcurrentDictionary<(RequestKind Kind, string Shape), int> _shapes = new();
    private readonly ConcurrentDictionary<(RequestKind Kind, string Code), int> _codes = new();
    private readonly ConcurrentDictionary<string, (int Count, long Index, string Shape, string Detail)> _violations = new();
    private readonly ConcurrentDictionary<string, (int Count, long Index, string Shape, string Detail)> _findings = new();

    public int Seed { get; init; }

    public long Requests => _statuses.Values.Sum();

    public TimeSpan Duration { get; set; }

    public (long Start, long Max, long End)? Memory { get; set; }

    public int? HostPid { get; init; }

    public long ViolationCount => _violations.Values.Sum(violation => (long)violation.Count);

    public IReadOnlyDictionary<string, (int Count, long Index, string Shape, string Detail)> Violations => _violations;

    public int CountOf(RequestKind kind) => _statuses.Where(entry => entry.Key.Kind == kind).Sum(entry => entry.Value);

    public int CountOf(int status) => _statuses.Where(entry => entry.Key.Status == status).Sum(entry => entry.Value);

    /// <summary>Things worth a look that break none of the rules (a valid document Neo4j failed on), with a sample each.</summary>
    public IReadOnlyDictionary<string, (int Count, long Index, string Shape, string Detail)> Findings => _findings;

    public void RecordFinding(FuzzRequest request, string finding, string detail) =>
        _findings.AddOrUpdate(finding, (1, request.Index, request.Shape, detail), (_, seen) => seen with { Count = seen.Count + 1 });

    public void Record(FuzzRequest request, FuzzResponse response, IEnumerable<string> codes, IEnumerable<Violation> violations)
    {
        _statuses.AddOrUpdate((request.Kind, response.Status), 1, (_, count) => count + 1);
        _shapes.AddOrUpdate((request.Kind, request.Shape), 1, (_, count) => count + 1);
        foreach (var code in codes.Distinct())
        {
            _codes.AddOrUpdate((request.Kind, code), 1, (_, count) => count + 1);
        }

        foreach (var violation in violations)
        {
            _violations.AddOrUpdate(
                violation.Rule,
                (1, request.Index, request.Shape, violation.Detail),
                (_, seen) => seen with { Count = seen.Count + 1 });
        }
    }

    /// <summary>Plain text tables, for a terminal and a CI log.</summary>
    public string Format()
    {
        var text = new StringBuilder();
        var kinds = Enum.GetValues<RequestKind>();
        text.AppendLine(CultureInfo.InvariantCulture, $"Fuzz run: seed {Seed}, {Requests:N0} requests in {Duration.TotalSeconds:0.0} s ({Requests / Math.Max(Duration.TotalSeconds, 0.001):0} per s)");
        text.AppendLine();
        var statuses = _statuses.Keys.Select(key => key.Status).Distinct().Order().ToList();
        text.AppendLine("| kind | requests | " + string.Join(" | ", statuses.Select(StatusName)) + " |");
        text.AppendLine("| --- | ---: | " + string.Join(" | ", statuses.Select(_ => "---:")) + " |");
        foreach (var kind in kinds)
        {
            text.Append(CultureInfo.InvariantCulture, $"| {kind.ToString().ToLowerInvariant()} | {CountOf(kind):N0} | ").AppendLine(string.Join(" | ", statuses.Select(status => _statuses.GetValueOrDefault((kind, status)).ToString("N0", CultureInfo.InvariantCulture))) + " |");
        }

        text.Append(CultureInfo.InvariantCulture, $"| all | {Requests:N0} | ").AppendLine(string.Join(" | ", statuses.Select(status => CountOf(status).ToString("N0", CultureInfo.InvariantCulture))) + " |");
        text.AppendLine();
        foreach (var kind in kinds)
        {
            text.Append(CultureInfo.InvariantCulture, $"{kind.ToString().ToLowerInvariant()} shapes: ").AppendLine(string.Join(", ", _shapes.Where(entry => entry.Key.Kind == kind).OrderBy(entry => entry.Key.Shape, StringComparer.Ordinal).Select(entry => $"{entry.Key.Shape} {entry.Value:N0}")));
            text.Append(CultureInfo.InvariantCulture, $"{kind.ToString().ToLowerInvariant()} error codes (requests): ").AppendLine(string.Join(", ", _codes.Where(entry => entry.Key.Kind == kind).OrderByDescending(entry => entry.Value).Select(entry => $"{entry.Key.Code} {entry.Value:N0}")));
        }

        text.AppendLine();
        if (Memory is var (start, max, end))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Host memory (VmRSS of process {HostPid}): start {Megabytes(start)} MB, max {Megabytes(max)} MB, end {Megabytes(end)} MB");
        }

        foreach (var (finding, (count, index, shape, detail)) in _findings.OrderByDescending(entry => entry.Value.Count))
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Finding (not a violation) {finding}: {count:N0}; e.g. request {index} ({shape}): {detail}");
        }

        if (_violations.IsEmpty)
        {
            text.AppendLine("Violations: none");
        }
        else
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"Violations: {ViolationCount:N0}");
            foreach (var (rule, (count, index, shape, detail)) in _violations.OrderByDescending(entry => entry.Value.Count))
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"- {rule}: {count:N0}; e.g. request {index} ({shape}): {detail}");
            }
        }

        return text.ToString();
    }

    private static string StatusName(int status) => status switch
    {
        FuzzResponse.Closed => "closed",
        FuzzResponse.NoAnswer => "no answer",
        FuzzResponse.NotHttp1 => "not HTTP/1",
        _ => status.ToString(CultureInfo.InvariantCulture),
    };

    private static string Megabytes(long bytes) => (bytes / 1024.0 / 1024.0).ToString("0", CultureInfo.InvariantCulture);
}
