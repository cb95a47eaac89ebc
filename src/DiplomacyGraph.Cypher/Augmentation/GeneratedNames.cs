using DiplomacyGraph.Cypher.Schema;

namespace DiplomacyGraph.Cypher.Augmentation;

/// <summary>
/// Names of generated types, following HotChocolate's conventions (<c>CitiesConnection</c>,
/// <c>CityFilterInput</c>, <c>StringOperationFilterInput</c>, <c>ListFilterInputTypeOf…</c>,
/// <c>CitySortInput</c>, <c>SortEnumType</c>, <c>PageInfo</c>).
/// </summary>
public static class GeneratedNames
{
    public const string PageInfo = "PageInfo";
    public const string SortEnum = "SortEnumType";

    /// <summary>Root connection of a node type: <c>cities</c> → <c>CitiesConnection</c>.</summary>
    public static string RootConnection(CompositeType type) => Pluralizer.UpperFirst(type.RootFieldName!) + "Connection";

    public static string RootEdge(CompositeType type) => Pluralizer.UpperFirst(type.RootFieldName!) + "Edge";

    /// <summary>Connection of a relationship field, named after the type that declares it: <c>City.twins</c> → <c>CityTwinsConnection</c>.</summary>
    public static string RelationshipConnection(GraphField field) => field.DeclaringType + Pluralizer.UpperFirst(field.Name) + "Connection";

    public static string RelationshipEdge(GraphField field) => field.DeclaringType + Pluralizer.UpperFirst(field.Name) + "Edge";

    /// <summary><c>CityFilterInput</c>; for nodes reached through a relationship with properties, <c>CityTwinningFilterInput</c> (node fields + <c>edge</c>).</summary>
    public static string Filter(string typeName, string? propertiesType = null) => typeName + propertiesType + "FilterInput";

    public static string Sort(string typeName, string? propertiesType = null) => typeName + propertiesType + "SortInput";

    public static string ListFilter(string itemFilterName) => "ListFilterInputTypeOf" + itemFilterName;

    /// <summary><c>StringOperationFilterInput</c>, <c>IdOperationFilterInput</c>, <c>IntOperationFilterInput</c>…</summary>
    public static string Operations(string leafType) => (leafType == "ID" ? "Id" : leafType) + "OperationFilterInput";

    public static string ListOperations(string leafType) => "List" + Operations(leafType);
}
