namespace DiplomacyGraph.Cypher.Translation;

/// <summary>Keys the translator adds to result maps besides the response keys; none is a valid GraphQL name, so none can clash.</summary>
public static class ResultKeys
{
    /// <summary>The object type of a value of an interface or union type, for the executor's type resolution.</summary>
    public const string TypeName = "#type";
}
