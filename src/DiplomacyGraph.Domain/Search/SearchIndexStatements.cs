using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Search;

/// <summary>
/// The Cypher that keeps the search index in step with the entities' names, run by the loader and
/// every curation mutation inside their own transaction. The index lives beside the entities and
/// touches none of them (no relationship to an entity, so subgraphs, paths and merges never see
/// it):
/// <list type="bullet">
/// <item><c>(:SearchName {entity, name, keys, words, format})</c>, one per name of an entity (the
///   entity's id, the name as written, its whole-name keys, its number of content words);</item>
/// <item><c>(:SearchWord {key, piece1, piece2, piece3})-[:IN_NAME {at}]-&gt;(:SearchName)</c> for every
///   normalized word of the name (<c>at</c>: the content-word positions it stands for; the pieces, for
///   words of nine letters or more: <see cref="SearchWordPieces"/>).</item>
/// </list>
/// Spelling variants and typos are expanded on the query's side (<see cref="SearchQuery"/>), so the
/// index holds one node per distinct word and one relationship per word of a name.
/// <c>SearchWord.key</c> is unique, its pieces and <c>SearchName.entity</c> indexed (cypher/schema), so a
/// search and every update are index seeks. Every statement is a batched <c>UNWIND $rows</c>.
/// </summary>
public static class SearchIndexStatements
{
    /// <summary>The version of the index layout, stored on every name: a load drops an index with another and builds it again.</summary>
    public const long Format = 7;

    /// <summary>Rows per statement.</summary>
    public const int BatchSize = 500;

    /// <summary>Returns the id of every entity the index holds (column <c>id</c>) and whether its names are in the current format (column <c>current</c>).</summary>
    public static Statement ReadIndexedEntities { get; } = new(
        "MATCH (name:SearchName) RETURN name.entity AS id, min(CASE WHEN name.format = $format THEN 1 ELSE 0 END) = 1 AS current",
        new Dictionary<string, object?> { ["format"] = Format });

    /// <summary>
    /// Each deletes up to 10 000 nodes of the index and returns how many (column <c>deleted</c>): run
    /// each until it returns 0 to drop an index written in another format, then index every entity again.
    /// </summary>
    public static IReadOnlyList<Statement> DropSomeOfTheIndex { get; } =
    [
        new("MATCH (n:SearchName) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted"),
        new("MATCH (n:SearchWord) WITH n LIMIT 10000 DETACH DELETE n RETURN count(*) AS deleted"),
    ];

    private const string RemoveNames =
        "UNWIND $rows AS id MATCH (name:SearchName {entity: id}) DETACH DELETE name";

    // A word's pieces (SearchWordPieces) are a function of its key: written once, when it is created.
    private const string WriteWords =
        "UNWIND $rows AS row MERGE (w:SearchWord {key: row.key}) " +
        "ON CREATE SET w.piece1 = row.pieces[0], w.piece2 = row.pieces[1], w.piece3 = row.pieces[2]";

    // The word is matched with WHERE: Neo4j 3.1 plans the map form {key: term.key} as a scan of the
    // whole SearchWord index per term (a load of 1M entities would never end), WHERE as a unique seek.
    private const string WriteNames =
        "UNWIND $rows AS row " +
        "CREATE (name:SearchName {entity: row.entity, name: row.name, keys: row.keys, words: row.words, format: row.format}) " +
        "WITH name, row UNWIND row.terms AS term MATCH (w:SearchWord) WHERE w.key = term.key " +
        "CREATE (w)-[r:IN_NAME]->(name) SET r.at = term.at";

    // Run after the new names are written, so words still in use stay.
    private const string DeleteUnusedWords =
        "UNWIND $rows AS key MATCH (w:SearchWord {key: key}) WHERE NOT (w)--() DELETE w";

    /// <summary>
    /// Statements that make the index hold <paramref name="indexed"/> under their current names and
    /// nothing for <paramref name="removedIds"/>. <paramref name="previousNames"/> are the names these
    /// entities had (as far as the caller knows): words only they used are removed from the index.
    /// </summary>
    public static IReadOnlyList<Statement> Update(
        IReadOnlyCollection<SearchIndexedEntity> indexed, IReadOnlyCollection<string> removedIds, IEnumerable<string?> previousNames)
    {
        ArgumentNullException.ThrowIfNull(indexed);
        ArgumentNullException.ThrowIfNull(removedIds);
        ArgumentNullException.ThrowIfNull(previousNames);
        var entries = indexed.SelectMany(entity => SearchNameEntry.ForEntity(entity.Id, entity.Names)).ToList();
        var words = SearchNameEntry.WordsOf(entries).ToList();
        var previousWords = SearchNameEntry.WordsOf(SearchNameEntry.ForEntity(string.Empty, previousNames))
            .Except(words, StringComparer.Ordinal)
            .ToList();

        var statements = new List<Statement>();
        statements.AddRange(Batches(RemoveNames, indexed.Select(entity => entity.Id).Concat(removedIds).Distinct(StringComparer.Ordinal).Cast<object?>()));
        statements.AddRange(Batches(WriteWords, words.Select(word => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["key"] = word,
            ["pieces"] = SearchWordPieces.Of(word)?.ToList(),
        })));
        statements.AddRange(Batches(WriteNames, entries.Select(entry => (object?)new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["entity"] = entry.EntityId,
            ["name"] = entry.Name,
            ["keys"] = entry.Keys.ToList(),
            ["words"] = (long)entry.ContentWords,
            ["format"] = Format,
            ["terms"] = entry.Terms.Select(term => new Dictionary<string, object?>(StringComparer.Ordinal)
            {
                ["key"] = term.Key,
                // Neo4j 3.1 cannot store an empty list: a stop word's term has no positions at all.
                ["at"] = term.Positions.Count == 0 ? null : term.Positions.Select(position => (long)position).ToList(),
            }).ToList(),
        })));
        statements.AddRange(Batches(DeleteUnusedWords, previousWords.Cast<object?>()));
        return statements;
    }

    /// <summary>Runs <see cref="Update"/> inside the caller's transaction (for curation: one entity or two at a time).</summary>
    public static async Task UpdateAsync(
        Neo4jTransaction transaction,
        IReadOnlyCollection<SearchIndexedEntity> indexed,
        IReadOnlyCollection<string> removedIds,
        IEnumerable<string?> previousNames,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        var statements = Update(indexed, removedIds, previousNames);
        if (statements.Count > 0)
        {
            await transaction.RunAsync(statements, cancellationToken).ConfigureAwait(false);
        }
    }

    private static IEnumerable<Statement> Batches(string text, IEnumerable<object?> rows) =>
        rows.Chunk(BatchSize).Select(batch => new Statement(text, new Dictionary<string, object?> { ["rows"] = batch }));
}
