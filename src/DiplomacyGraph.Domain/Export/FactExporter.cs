using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Neo4j;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DiplomacyGraph.Domain.Export;

/// <summary>
/// Writes curation into the fact files, so a reviewer can read the diff and commit it: a curated
/// change to a file entry replaces that entry where it stands (in its own style and key order), a
/// new entity goes to the end of the file that holds its label, a new relationship to the end of
/// the relations file that holds most of its type, an article added through the API to the end of
/// <c>articles.yaml</c>, and a removed item's entry is deleted. The
/// result is validated in a scratch copy first; nothing is written when the files were or would
/// become invalid. The graph is not changed: the next <c>load</c> finds each curated item exactly
/// as the files now state it and takes it over as file-owned (<see cref="GraphDiff"/>), and
/// forgets the removal markers the files no longer need.
/// </summary>
public static class FactExporter
{
    /// <summary>Where relations of a type no relations file holds yet go.</summary>
    public const string NewRelationsFile = "relations/curated.yaml";

    private static readonly string[] RelationHead = ["type", "from", "to"];

    public static async Task<ExportResult> ExportAsync(Neo4jClient client, string dataFolder, string? corpusFolder, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var state = await CuratedState.ReadAsync(client, cancellationToken).ConfigureAwait(false);
        return Export(state, dataFolder, corpusFolder is null ? null : ArticleCorpus.Load(corpusFolder));
    }

    public static ExportResult Export(CuratedState state, string dataFolder, ArticleCorpus? corpus)
    {
        ArgumentNullException.ThrowIfNull(state);
        ArgumentNullException.ThrowIfNull(dataFolder);
        var before = FactValidator.ReadAndValidate(dataFolder, corpus);
        if (before.Errors.Count > 0)
        {
            return new ExportResult([new FactError(dataFolder, 0, "the fact files have errors; fix them before exporting"), .. before.Errors], [], []);
        }

        var facts = before.Facts;
        var files = new Dictionary<string, FactFileText>(StringComparer.Ordinal);
        FactFileText Open(string file) => files.TryGetValue(file, out var text) ? text : files[file] = FactFileText.Open(dataFolder, file);

        var types = facts.RelationshipTypes.ToDictionary(type => type.Type, StringComparer.Ordinal);
        var entities = facts.Entities.ToDictionary(entity => entity.Id, StringComparer.Ordinal);
        var relations = facts.Relations.ToDictionary(
            relation => RelationIdentity.Of(relation, types.TryGetValue(relation.Type, out var type) && type.Symmetric).Id, StringComparer.Ordinal);
        var items = new List<ExportedItem>();
        var errors = new List<FactError>();

        var articles = facts.Articles.ToDictionary(article => article.Id, StringComparer.Ordinal);
        foreach (var article in state.Articles ?? [])
        {
            var fields = ArticleFields(article);
            if (articles.TryGetValue(article.Id, out var written))
            {
                Write(Open(written.Location.File), written.Location.Line, fields);
                items.Add(new ExportedItem(ChangeCount.Node, article.Id, ExportedItem.Updated, written.Location.File));
            }
            else
            {
                var file = Open(FactFileReader.ArticlesFile);
                Append(file, facts.Articles.Select(other => other.Location).LastOrDefault(), fields);
                items.Add(new ExportedItem(ChangeCount.Node, article.Id, ExportedItem.Added, file.RelativePath));
            }
        }

        foreach (var entity in state.Entities)
        {
            var fields = EntityFields(entity);
            if (entities.TryGetValue(entity.Id, out var written))
            {
                Write(Open(written.Location.File), written.Location.Line, fields);
                items.Add(new ExportedItem(ChangeCount.Node, entity.Id, ExportedItem.Updated, written.Location.File));
            }
            else
            {
                var sameLabel = facts.Entities.Where(other => other.Label == entity.Label).ToList();
                var file = Open(MostUsedFile(sameLabel.Select(other => other.Location.File))
                    ?? $"{FactFileReader.EntitiesFolder}/curated-{entity.Label.ToLowerInvariant()}.yaml");
                Append(file, sameLabel.Where(other => other.Location.File == file.RelativePath).Select(other => other.Location).LastOrDefault(), fields);
                items.Add(new ExportedItem(ChangeCount.Node, entity.Id, ExportedItem.Added, file.RelativePath));
            }
        }

        foreach (var relationship in state.Relationships)
        {
            if (!types.TryGetValue(relationship.Type, out var type))
            {
                errors.Add(new FactError(FactFileReader.RelationshipTypesFile, 0, $"the curated relationship '{relationship.Id}' has the type '{relationship.Type}', which the file does not define"));
                continue;
            }

            if (relations.TryGetValue(relationship.Id, out var written))
            {
                // A symmetric relation keeps the direction its entry was written in.
                var (from, to) = written.From == relationship.To && written.To == relationship.From ? (written.From, written.To) : (relationship.From, relationship.To);
                Write(Open(written.Location.File), written.Location.Line, RelationFields(relationship, type, from, to));
                items.Add(new ExportedItem(ChangeCount.Relationship, relationship.Id, ExportedItem.Updated, written.Location.File));
            }
            else
            {
                var sameType = facts.Relations.Where(other => other.Type == relationship.Type).ToList();
                var file = Open(MostUsedFile(sameType.Select(other => other.Location.File)) ?? NewRelationsFile);
                Append(file, sameType.Where(other => other.Location.File == file.RelativePath).Select(other => other.Location).LastOrDefault(), RelationFields(relationship, type, relationship.From, relationship.To));
                items.Add(new ExportedItem(ChangeCount.Relationship, relationship.Id, ExportedItem.Added, file.RelativePath));
            }
        }

        foreach (var id in state.RemovedIds)
        {
            SourceLocation? location = entities.TryGetValue(id, out var entity) ? entity.Location
                : relations.TryGetValue(id, out var relation) ? relation.Location
                : null;
            if (location is not null)
            {
                Open(location.File).Remove(location.Line - 1);
                items.Add(new ExportedItem(entity is null ? ChangeCount.Relationship : ChangeCount.Node, id, ExportedItem.Removed, location.File));
            }
        }

        if (errors.Count > 0)
        {
            return new ExportResult(errors, [], []);
        }

        var changed = files.Values.Where(file => file.IsChanged).ToDictionary(file => file.RelativePath, file => file.Render(), StringComparer.Ordinal);
        var afterErrors = ValidateInScratchCopy(dataFolder, changed, corpus);
        if (afterErrors.Count > 0)
        {
            return new ExportResult([new FactError(dataFolder, 0, "the exported fact files would not be valid; nothing was written"), .. afterErrors], [], []);
        }

        foreach (var (file, text) in changed)
        {
            var path = Path.Combine(dataFolder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text);
        }

        return new ExportResult([], items, [.. changed.Keys.Order(StringComparer.Ordinal)]);
    }

    /// <summary>Replaces an entry in its own style (and its lists in theirs), its keys in their written order and new keys where the canonical order puts them.</summary>
    private static void Write(FactFileText file, int line, List<KeyValuePair<string, object>> fields)
    {
        var index = line - 1;
        var written = file.Entries[index].Fields;
        var listStyles = written.Where(field => field.Value is YamlSequenceNode)
            .ToDictionary(field => field.Key, field => ((YamlSequenceNode)field.Value).Style == SequenceStyle.Flow, StringComparer.Ordinal);
        var ordered = InWrittenOrder(fields, [.. written.Select(field => field.Key)]);
        file.Replace(index, file.IsFlowEntry(index) ? FactYaml.Flow(ordered) : FactYaml.Block(ordered, listStyles));
    }

    /// <summary>Appends a new entry in the file's style, its keys in the order of a like entry of the file (<paramref name="like"/>), if any.</summary>
    private static void Append(FactFileText file, SourceLocation? like, List<KeyValuePair<string, object>> fields)
    {
        var ordered = like is not null && like.File == file.RelativePath && file.Entries.TryGetValue(like.Line - 1, out var entry)
            ? InWrittenOrder(fields, [.. entry.Fields.Select(field => field.Key)])
            : fields;
        file.Append(file.IsFlow ? FactYaml.Flow(ordered) : FactYaml.Block(ordered));
    }

    /// <summary>The fields in the order of <paramref name="writtenOrder"/>; a key it lacks goes after the key before it in the canonical order.</summary>
    private static List<KeyValuePair<string, object>> InWrittenOrder(List<KeyValuePair<string, object>> fields, List<string> writtenOrder) =>
        [.. fields
            .Select((field, position) => (field, rank: writtenOrder.IndexOf(field.Key) is var at and >= 0 ? at : RankAfterWritten(fields, writtenOrder, position)))
            .OrderBy(pair => pair.rank)
            .Select(pair => pair.field)];

    /// <summary>A key the entry did not have goes right after the nearest key before it (in the canonical order) that it has.</summary>
    private static double RankAfterWritten(List<KeyValuePair<string, object>> fields, List<string> writtenOrder, int position)
    {
        for (var before = position - 1; before >= 0; before--)
        {
            if (writtenOrder.IndexOf(fields[before].Key) is var at and >= 0)
            {
                return at + 0.5 + (position * 0.001);
            }
        }

        return -1 + (position * 0.001);
    }

    private static List<KeyValuePair<string, object>> EntityFields(CuratedEntity entity)
    {
        var fields = new List<KeyValuePair<string, object>>();
        foreach (var key in EntityLabels.PropertiesOf(entity.Label))
        {
            var value = key switch
            {
                "id" => entity.Id,
                "label" => entity.Label,
                _ => FactValue(entity.Properties.GetValueOrDefault(key)),
            };
            if (value is not null)
            {
                fields.Add(new(key, value));
            }
        }

        return fields;
    }

    private static List<KeyValuePair<string, object>> ArticleFields(CuratedArticle article) =>
        [.. ArticleProperties.All
            .Select(key => (key, value: key == "id" ? article.Id : FactValue(article.Properties.GetValueOrDefault(key))))
            .Where(pair => pair.value is not null)
            .Select(pair => new KeyValuePair<string, object>(pair.key, pair.value!))];

    private static List<KeyValuePair<string, object>> RelationFields(CuratedRelationship relationship, RelationshipTypeDefinition type, string from, string to)
    {
        var fields = new List<KeyValuePair<string, object>> { new(RelationHead[0], relationship.Type), new(RelationHead[1], from), new(RelationHead[2], to) };
        foreach (var key in type.Properties.Append(Provenance.Evidence))
        {
            if (FactValue(relationship.Properties.GetValueOrDefault(key)) is { } value)
            {
                fields.Add(new(key, value));
            }
        }

        return fields;
    }

    /// <summary>A stored value as a fact value (lists of text as lists); null for nothing or an empty list.</summary>
    private static object? FactValue(object? stored) => stored switch
    {
        null => null,
        string or long or double or bool => stored,
        System.Collections.IEnumerable items => items.Cast<object?>().Select(item => item?.ToString() ?? string.Empty).ToList() is { Count: > 0 } list ? list : null,
        _ => stored.ToString(),
    };

    private static string? MostUsedFile(IEnumerable<string> files) =>
        files.GroupBy(file => file, StringComparer.Ordinal)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key, StringComparer.Ordinal)
            .Select(group => group.Key)
            .FirstOrDefault();

    private static IReadOnlyList<FactError> ValidateInScratchCopy(string dataFolder, IReadOnlyDictionary<string, string> changed, ArticleCorpus? corpus)
    {
        var scratch = Directory.CreateTempSubdirectory("dg-export-");
        try
        {
            foreach (var source in Directory.EnumerateFiles(dataFolder, "*.yaml", SearchOption.AllDirectories))
            {
                var target = Path.Combine(scratch.FullName, Path.GetRelativePath(dataFolder, source));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(source, target);
            }

            foreach (var (file, text) in changed)
            {
                var target = Path.Combine(scratch.FullName, file);
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.WriteAllText(target, text);
            }

            return FactValidator.ReadAndValidate(scratch.FullName, corpus).Errors;
        }
        finally
        {
            scratch.Delete(recursive: true);
        }
    }
}
