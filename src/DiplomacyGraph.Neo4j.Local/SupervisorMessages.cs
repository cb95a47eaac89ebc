using System.Text;

namespace DiplomacyGraph.Neo4j.Local;

/// <summary>
/// Follows what an instance's supervisor says in its console log (a restart after Neo4j died, giving up), so the
/// process that started the instance can show it in its own output as it happens.
/// </summary>
public static class SupervisorMessages
{
    public const string Prefix = "supervise.sh:";

    /// <summary>Writes each new supervisor line of <paramref name="instance"/>'s console log to <paramref name="output"/> until cancelled.</summary>
    public static async Task FollowAsync(Neo4jInstance instance, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(instance);
        ArgumentNullException.ThrowIfNull(output);
        long offset = File.Exists(instance.ConsoleLog) ? new FileInfo(instance.ConsoleLog).Length : 0;
        var pending = new StringBuilder();
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
                offset = ReadNewLines(instance.ConsoleLog, offset, pending, output);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
        }
    }

    private static long ReadNewLines(string file, long offset, StringBuilder pending, TextWriter output)
    {
        if (!File.Exists(file))
        {
            return offset;
        }

        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        if (stream.Length < offset)
        {
            offset = 0; // the log was replaced
        }

        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        pending.Append(reader.ReadToEnd());
        var text = pending.ToString();
        var end = text.LastIndexOf('\n');
        if (end >= 0)
        {
            foreach (var line in text[..end].Split('\n'))
            {
                if (line.StartsWith(Prefix, StringComparison.Ordinal))
                {
                    output.WriteLine("Neo4j supervisor: " + line[Prefix.Length..].Trim());
                }
            }

            pending.Clear().Append(text[(end + 1)..]);
        }

        return stream.Length;
    }
}
