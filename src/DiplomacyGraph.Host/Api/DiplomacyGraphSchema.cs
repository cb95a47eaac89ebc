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
    /// <param name="rules">The relationship types' allowed label pairs, which every write is checked against: the
    /// compiler leaves out the label tests they make true (<see cref="RelationshipEnds"/>). Without them every test is written.</param>
    public static CypherTranslator CreateTranslator(TranslatorOptions? options = null, CurationRules? rules = null) => new(
        ApiSchemaFile.Api,
        options,
        new Dictionary<string, ComputedParameters>
        {
            ["search"] = arguments => SearchQuery.Parameters(arguments["text"] as string ?? string.Empty),
        },
        rules is null ? null : RelationshipEndsOf(rules));

    // A symmetric type is stored once from either end, so each pair is allowed both ways round.
    private static RelationshipEnds RelationshipEndsOf(CurationRules rules) => new(
        from type in rules.RelationshipTypes.Select(rules.FindRelationshipType)
        from pair in type!.Symmetric ? type.Between.Concat(type.Between.Select(pair => (From: pair.To, To: pair.From))) : type.Between
        select (type.Type, pair.From, pair.To));

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
