using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Search;
using DiplomacyGraph.GraphQL.Execution;
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

    public static GraphQLSchema Create(CypherTranslator translator, Neo4jClient neo4j, Curator curator, StatementBulkhead? reads = null)
    {
        return GraphApi.Build(
            translator,
            neo4j,
            builder => MutationResolvers.Bind(builder, translator, neo4j, curator),
            reads);
    }
}
