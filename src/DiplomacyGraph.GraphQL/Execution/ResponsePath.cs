namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// Where a value sits in the response: a linked list from the current key back to the root, so
/// descending a level costs one small object. <see cref="ToList"/> gives the error <c>path</c>
/// (https://spec.graphql.org/October2021/#sec-Errors.Error-result-format): response keys as
/// strings, list indices as ints.
/// </summary>
public sealed class ResponsePath
{
    public ResponsePath(ResponsePath? previous, string key, string? typeName)
    {
        Previous = previous;
        Key = key;
        TypeName = typeName;
    }

    public ResponsePath(ResponsePath? previous, int index)
    {
        Previous = previous;
        Index = index;
    }

    public ResponsePath? Previous { get; }

    /// <summary>The response key (alias or field name); null for a list index.</summary>
    public string? Key { get; }

    /// <summary>The list index; meaningful when <see cref="Key"/> is null.</summary>
    public int Index { get; }

    /// <summary>The parent object type of a field entry (graphql-js's <c>typename</c>).</summary>
    public string? TypeName { get; }

    public bool IsIndex => Key is null;

    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var node = this; node is not null; node = node.Previous)
        {
            depth++;
        }

        var items = new object[depth];
        var position = depth - 1;
        for (var node = this; node is not null; node = node.Previous)
        {
            items[position--] = node.Key ?? (object)node.Index;
        }

        return items;
    }

    public override string ToString() => string.Join('.', ToList());
}
