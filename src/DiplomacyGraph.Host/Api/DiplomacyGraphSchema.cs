using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Search;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Serialization;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// The executable DiplomacyGraph API: the schema the compiler builds from schema.graphql, plus the
/// few things only C# can do — the search keys of a query's words, and the curation mutations.
/// </summary>
public static class DiplomacyGraphSchema
{
    public static CypherTranslator CreateTranslator(TranslatorOptions? options = null) => new(
        ApiSchemaFile.Api,
        options,
        new Dictionary<string, ComputedParameters>
        {
            ["search"] = arguments => SearchQuery.Parameters(arguments["text"] as string ?? string.Empty),
        });

    public static GraphQLSchema Create(CypherTranslator translator, Neo4jClient neo4j, Curator curator, ReadLanes? reads = null)
    {
        return GraphApi.Build(
            translator,
            neo4j,
            builder =>
            {
                builder.Resolve("Change", "before", StoredJsonOf);
                builder.Resolve("Change", "after", StoredJsonOf);
                MutationResolvers.Bind(builder, translator, neo4j, curator);
            },
            reads);
    }

    /// <summary>A change's <c>before</c>/<c>after</c> are stored as JSON text; the API gives them as JSON values.</summary>
    private static object? StoredJsonOf(ResolveFieldContext context) =>
        FieldResolvers.Read(context.Source, context.FieldNodes[0].ResponseKey) is string json ? JsonValueReader.Parse(json) : null;
}
