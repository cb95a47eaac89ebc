using System.Runtime.CompilerServices;
using DiplomacyGraph.Cypher.Translation;

namespace DiplomacyGraph.Cypher.Execution;

/// <summary>
/// Which read statements may go to Neo4j's auto-commit endpoint (one HTTP request) rather than an explicit
/// transaction (two, but cancellation rolls it back and so ends the statement in Neo4j): those that have proved
/// short. A statement qualifies when the same compiled statement (the translator hands out one instance again for a
/// repeated document whose compilation read no variable) has finished every one of its last runs, at least
/// <see cref="RunsToQualify"/> of them, within <see cref="QuickRun"/>. One slow run, or a failed one, sends it back to
/// explicit transactions until it proves short again. What this gives up: a qualified statement whose request is
/// cancelled (deadline, client gone, shutdown) runs on in Neo4j to its end, which its history puts within about a
/// second, as issue 8 asks of any statement ("gone within a few seconds of the deadline"); the server's transaction
/// timeout is the backstop. The bound is a second rather than less because the time measured here includes waiting
/// for a busy Neo4j: under load a tighter one would send most statements back to two requests, adding to the load. A statement never seen before, one compiled
/// from variable values, and one that was ever slow keep the explicit transaction that ends it on cancellation.
/// </summary>
public sealed class QuickStatements
{
    /// <summary>Runs within <see cref="QuickRun"/> a statement needs before it goes without an explicit transaction.</summary>
    public const int RunsToQualify = 3;

    /// <summary>The longest run that counts as quick.</summary>
    public static readonly TimeSpan QuickRun = TimeSpan.FromSeconds(1);

    private readonly ConditionalWeakTable<CypherStatement, History> _histories = [];

    /// <summary>Whether <paramref name="statement"/> has proved short (see the class remarks).</summary>
    public bool IsQuick(CypherStatement statement) =>
        _histories.TryGetValue(statement, out var history) && Volatile.Read(ref history.QuickRunsInARow) >= RunsToQualify;

    /// <summary>Records how a run of <paramref name="statement"/> went; <paramref name="elapsed"/> is null for a run that failed.</summary>
    public void Record(CypherStatement statement, TimeSpan? elapsed)
    {
        var history = _histories.GetValue(statement, static _ => new History());
        if (elapsed is { } time && time <= QuickRun)
        {
            Interlocked.Increment(ref history.QuickRunsInARow);
        }
        else
        {
            Volatile.Write(ref history.QuickRunsInARow, 0);
        }
    }

    private sealed class History
    {
        public int QuickRunsInARow;
    }
}
