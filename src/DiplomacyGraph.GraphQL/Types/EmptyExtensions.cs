namespace DiplomacyGraph.GraphQL.Types;

/// <summary>The shared empty extensions map, so definitions without host data allocate nothing.</summary>
internal static class EmptyExtensions
{
    public static readonly IReadOnlyDictionary<string, object?> Instance = new Dictionary<string, object?>();
}
