using System.Globalization;

namespace DiplomacyGraph.Neo4j;

/// <summary>
/// One row of a result. Values are plain CLR values: <see cref="long"/> for integers (exact, never via double),
/// <see cref="double"/>, <see cref="string"/>, <see cref="bool"/>, null, <see cref="IReadOnlyList{T}"/> of values
/// for lists, and <see cref="IReadOnlyDictionary{TKey,TValue}"/> of string to value for maps (nodes and
/// relationships in a row appear as their property maps).
/// </summary>
public sealed class Record
{
    private readonly IReadOnlyList<string> _columns;

    internal Record(IReadOnlyList<string> columns, IReadOnlyList<object?> values, RecordGraph? graph)
    {
        _columns = columns;
        Values = values;
        Graph = graph;
    }

    public IReadOnlyList<object?> Values { get; }

    /// <summary>The nodes and relationships in this row, when the statement asked for them (<see cref="Statement.IncludeGraph"/>).</summary>
    public RecordGraph? Graph { get; }

    public object? this[int index] => Values[index];

    public object? this[string column] => Values[IndexOf(column)];

    /// <summary>The value of a column as <typeparamref name="T"/>; integers convert to narrower types only when they fit.</summary>
    public T Get<T>(string column)
    {
        var value = this[column];
        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            long number when typeof(T) == typeof(int) || typeof(T) == typeof(int?) => (T)(object)checked((int)number),
            long number when typeof(T) == typeof(double) || typeof(T) == typeof(double?) => (T)(object)(double)number,
            _ => throw new InvalidCastException(
                $"Column '{column}' holds {(value is null ? "null" : value.GetType().Name)}, not {typeof(T).Name}."),
        };
    }

    private int IndexOf(string column)
    {
        for (var i = 0; i < _columns.Count; i++)
        {
            if (string.Equals(_columns[i], column, StringComparison.Ordinal))
            {
                return i;
            }
        }

        throw new KeyNotFoundException(string.Create(
            CultureInfo.InvariantCulture, $"No column '{column}'; the columns are: {string.Join(", ", _columns)}."));
    }
}
