using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// The domain's <c>schema.graphql</c> (embedded in this assembly at build time) read into the
/// published API: parsed, mapped to the graph and augmented once per process.
/// </summary>
public static class ApiSchemaFile
{
    private const string ResourceName = "DiplomacyGraph.schema.graphql";

    private static readonly Lazy<ApiSchema> Augmented = new(() =>
        ApiSchemaAugmenter.Augment(GraphModelBuilder.Build(Parser.Parse(new Source(ReadSdl(), "schema.graphql")))));

    /// <summary>The source SDL as written in src/DiplomacyGraph.Domain/schema.graphql.</summary>
    public static string ReadSdl()
    {
        using var stream = typeof(ApiSchemaFile).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The embedded resource {ResourceName} is missing from the host assembly.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    public static ApiSchema Api => Augmented.Value;
}
