using DiplomacyGraph.Cypher.Execution;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Utilities;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Host.Api;

/// <summary>
/// The curation mutations: each opens one transaction, lets the <see cref="Curator"/> check and
/// write, reads the result back with the compiler (same transaction, so the answer is exactly what
/// was written), and commits. A refused change is a field error listing every problem, and the
/// transaction is rolled back: nothing is written.
/// </summary>
public static class MutationResolvers
{
    /// <summary>The <c>extensions.code</c> of a refused change (the others are in <see cref="CurationErrorCodes"/>); <c>extensions.problems</c> lists the reasons.</summary>
    public const string RejectedCode = CurationErrorCodes.Rejected;

    /// <summary>Curation writes in flight from this process, apart from the reads' bulkhead so neither starves the other.</summary>
    private static readonly StatementBulkhead Writes = new(permits: 2, queue: 16);

    private const string ReadEntity = "MATCH (n:Entity) WHERE n.id = $id RETURN n AS this";
    private const string ReadRelationship = RelationshipLookup.Match + " RETURN r AS this";
    private const string ReadArticle = "MATCH (n:Article) WHERE n.id = $id RETURN n AS this";
    private const string ReadChange = "MATCH (c:Change) WHERE c.id = $id RETURN c AS this";
    private static readonly string[] EntityFields = ["label", "id", "name", "nameAr", "aliases", "description", "evidence", "quotes"];
    private static readonly string[] RelationshipFields = ["type", "from", "to", "evidence", "quotes"];

    public static void Bind(SchemaBuilder builder, CypherTranslator translator, Neo4jClient neo4j, Curator curator)
    {
        builder.Resolve("Mutation", "createEntity", context => RunAsync(context, translator, neo4j, "Entity", ReadEntity,
            (transaction, token) => As(curator, context).CreateEntityAsync(transaction, EntityDraftOf(Input(context)), token)));
        builder.Resolve("Mutation", "updateEntity", context => RunAsync(context, translator, neo4j, "Entity", ReadEntity,
            (transaction, token) => As(curator, context).UpdateEntityAsync(transaction, EntityChangesOf(Input(context)), token)));
        builder.Resolve("Mutation", "addRelationship", context => RunAsync(context, translator, neo4j, "GraphEdge", ReadRelationship,
            (transaction, token) => As(curator, context).AddRelationshipAsync(transaction, RelationshipDraftOf(Input(context)), token)));
        builder.Resolve("Mutation", "mergeEntities", context => RunAsync(context, translator, neo4j, "Entity", ReadEntity,
            (transaction, token) => As(curator, context).MergeEntitiesAsync(transaction, Text(context.Arguments, "survivorId")!, Text(context.Arguments, "mergedId")!, token)));
        builder.Resolve("Mutation", "removeRelationship", async context =>
            await InTransactionAsync(neo4j, context.CancellationToken, async (transaction, token) =>
                (await As(curator, context).RemoveRelationshipAsync(transaction, Text(context.Arguments, "id")!, token).ConfigureAwait(false)).Id).ConfigureAwait(false));
        builder.Resolve("Mutation", "addArticle", context => RunAsync(context, translator, neo4j, "Article", ReadArticle,
            (transaction, token) => As(curator, context).AddArticleAsync(transaction, ArticleDraftOf(Input(context)), token)));
        builder.Resolve("Mutation", "revertChange", context => RunAsync(context, translator, neo4j, "Change", ReadChange,
            (transaction, token) => As(curator, context).RevertChangeAsync(transaction, Text(context.Arguments, "id")!, token)));
    }

    private static async ValueTask<object?> RunAsync(
        ResolveFieldContext context,
        CypherTranslator translator,
        Neo4jClient neo4j,
        string resultType,
        string readBack,
        Func<Neo4jTransaction, CancellationToken, Task<string>> write) =>
        await InTransactionAsync(neo4j, context.CancellationToken, async (transaction, token) =>
        {
            var id = await write(transaction, token).ConfigureAwait(false);
            var statement = translator.TranslateStatement(
                readBack, ReadBackParameters(id), resultType, isList: false, context.FieldNodes, context.Fragments, context.VariableValues);
            var result = await transaction.RunAsync(new Statement(statement.Text, statement.Parameters), token).ConfigureAwait(false);
            return result.Single()[0];
        }).ConfigureAwait(false);

    /// <summary>The id the read-back statement looks up, as <c>$id</c> and as a relationship reference (<see cref="RelationshipLookup"/>).</summary>
    private static Dictionary<string, object?> ReadBackParameters(string id)
    {
        var parameters = RelationshipLookup.Parameters([id]);
        parameters["id"] = id;
        return parameters;
    }

    /// <summary>
    /// One transaction per mutation, through the client's unit of work (rolled back on any failure,
    /// re-run on a transient one such as a deadlock); a refused change becomes a field error listing
    /// every problem, with nothing written.
    /// </summary>
    private static async Task<object?> InTransactionAsync(Neo4jClient neo4j, CancellationToken cancellationToken, Func<Neo4jTransaction, CancellationToken, Task<object?>> work)
    {
        try
        {
            return await Writes.RunAsync(() => neo4j.ExecuteInTransactionAsync(work, cancellationToken), cancellationToken).ConfigureAwait(false);
        }
        catch (Neo4jException taken) when (GraphDatabaseErrors.IsConstraintViolation(taken))
        {
            // Two writers raced for the same id (the checks before the write passed for both): the curation error
            // it means, without Neo4j's wording (which names internal node ids).
            throw new GraphQLException("The change conflicts with another one made at the same time: the id is already taken.", new Dictionary<string, object?>
            {
                ["code"] = RejectedCode,
            }, innerException: taken);
        }
        catch (Neo4jException failed)
        {
            throw GraphDatabaseErrors.ToGraphQLException(failed);
        }
        catch (CurationException refused)
        {
            throw new GraphQLException(refused.Message, new Dictionary<string, object?>
            {
                ["code"] = refused.Code,
                ["problems"] = refused.Problems.Cast<object?>().ToList(),
            });
        }
    }

    /// <summary>The curator recording the change as the request's API key's curator name (<see cref="ApiRequestContext"/>).</summary>
    private static Curator As(Curator curator, ResolveFieldContext context) =>
        context.UserContext is ApiRequestContext { Curator: { } name } ? curator.For(name) : curator;

    private static IReadOnlyDictionary<string, object?> Input(ResolveFieldContext context) =>
        context.Arguments.GetValueOrDefault("input") as IReadOnlyDictionary<string, object?> ?? new Dictionary<string, object?>();

    private static EntityDraft EntityDraftOf(IReadOnlyDictionary<string, object?> input) => new(
        Text(input, "label") ?? "",
        Text(input, "id"),
        Text(input, "name") ?? "",
        Text(input, "nameAr"),
        Texts(input, "aliases"),
        Text(input, "description"),
        Others(input, EntityFields),
        Texts(input, "evidence"),
        Quotes(input));

    private static EntityChanges EntityChangesOf(IReadOnlyDictionary<string, object?> input) => new(
        Text(input, "id") ?? "",
        Others(input, ["id", "evidence", "quotes"]),
        Texts(input, "evidence"),
        Quotes(input));

    private static RelationshipDraft RelationshipDraftOf(IReadOnlyDictionary<string, object?> input) => new(
        Text(input, "type") ?? "",
        Text(input, "from") ?? "",
        Text(input, "to") ?? "",
        Others(input, RelationshipFields),
        Texts(input, "evidence"),
        Quotes(input));

    private static ArticleDraft ArticleDraftOf(IReadOnlyDictionary<string, object?> input) => new(
        Text(input, "id"),
        Text(input, "text") ?? "",
        Text(input, "title") ?? "",
        Text(input, "titleAr"),
        Text(input, "publisher"),
        Text(input, "publishedOn"),
        Text(input, "url"),
        Text(input, "language") ?? "");

    private static string? Text(IReadOnlyDictionary<string, object?> values, string name) => values.GetValueOrDefault(name)?.ToString();

    private static IReadOnlyList<string> Texts(IReadOnlyDictionary<string, object?> values, string name) =>
        values.GetValueOrDefault(name) is IEnumerable<object?> items ? [.. items.OfType<string>()] : [];

    private static IReadOnlyList<EvidenceQuote> Quotes(IReadOnlyDictionary<string, object?> input) =>
        input.GetValueOrDefault("quotes") is IEnumerable<object?> items
            ? [.. items.OfType<IReadOnlyDictionary<string, object?>>().Select(quote => new EvidenceQuote(Text(quote, "article") ?? "", Text(quote, "quote") ?? ""))]
            : [];

    /// <summary>The fields given besides <paramref name="known"/>: the label's or type's own properties (explicit nulls kept).</summary>
    private static Dictionary<string, object?> Others(IReadOnlyDictionary<string, object?> input, IReadOnlyCollection<string> known) =>
        input.Where(entry => !known.Contains(entry.Key)).ToDictionary(entry => entry.Key, entry => entry.Value, StringComparer.Ordinal);
}
