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
/// few things only C# can do — the normalized search keys of a query, which name a search hit
/// matched, and the curation mutations.
/// </summary>
public static class DiplomacyGraphSchema
{
    public static CypherTranslator CreateTranslator(TranslatorOptions? options = null) => new(
        ApiSchemaFile.Api,
        options,
        new Dictionary<string, ComputedParameters>
        {
            ["search"] = arguments => SearchKeys.For(arguments["text"] as string ?? string.Empty),
        });

    public static GraphQLSchema Create(Neo4jClient neo4j, Curator curator, TranslatorOptions? options = null)
    {
        var translator = CreateTranslator(options);
        return GraphApi.Build(translator, neo4j, builder =>
        {
            builder.Resolve("SearchHit", "matched", MatchedNameOf);
            builder.Resolve("Change", "before", StoredJsonOf);
            builder.Resolve("Change", "after", StoredJsonOf);
            MutationResolvers.Bind(builder, translator, neo4j, curator);
        });
    }

    /// <summary>A change's <c>before</c>/<c>after</c> are stored as JSON text; the API gives them as JSON values.</summary>
    private static object? StoredJsonOf(ResolveFieldContext context) =>
        FieldResolvers.Read(context.Source, context.FieldNodes[0].ResponseKey) is string json ? JsonValueReader.Parse(json) : null;

    /// <summary>The search statement returns the matched keys and every name; the name as written is picked here.</summary>
    private static object? MatchedNameOf(ResolveFieldContext context)
    {
        if (FieldResolvers.Read(context.Source, context.FieldNodes[0].ResponseKey) is not IReadOnlyDictionary<string, object?> match)
        {
            return null;
        }

        var keys = (match.GetValueOrDefault("keys") as IEnumerable<object?> ?? []).OfType<string>().ToList();
        var names = (match.GetValueOrDefault("names") as IEnumerable<object?> ?? []).Select(name => name as string).ToList();
        return MatchedName.Pick(keys, names);
    }
}
