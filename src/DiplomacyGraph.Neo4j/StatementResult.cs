namespace DiplomacyGraph.Neo4j;

/// <summary>The records one statement returned, in order, with its column names.</summary>
public sealed class StatementResult
{
    internal StatementResult(IReadOnlyList<string> columns, IReadOnlyList<Record> records)
    {
        Columns = columns;
        Records = records;
    }

    public IReadOnlyList<string> Columns { get; }

    public IReadOnlyList<Record> Records { get; }

    /// <summary>The single record, for statements that return exactly one row.</summary>
    public Record Single() => Records.Count == 1
        ? Records[0]
        : throw new InvalidOperationException($"Expected exactly one record but the statement returned {Records.Count}.");
}
