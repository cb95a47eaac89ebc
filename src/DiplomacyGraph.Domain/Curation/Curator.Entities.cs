using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Domain.Search;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Domain.Curation;

public sealed partial class Curator
{
    /// <summary>Creates an entity; returns its id.</summary>
    public async Task<string> CreateEntityAsync(Neo4jTransaction transaction, EntityDraft draft, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(draft);
        var problems = new CurationProblems();
        var label = EntityLabels.Find(draft.Label);
        if (label is null)
        {
            throw new CurationException([$"'{draft.Label}' is not an entity label; the labels are: {string.Join(", ", EntityLabels.All)}."]);
        }

        var name = draft.Name.Trim();
        if (name.Length == 0)
        {
            problems.Add("createEntity: the name must not be empty.");
        }

        var id = draft.Id ?? EntityIds.Derive(label, name);
        var owner = $"createEntity '{id ?? name}'";
        if (id is null)
        {
            problems.Add($"{owner}: the English name gives no id; give one (kebab case, e.g. '{EntityIds.Derive(label, "name")}').");
        }
        else if (!EntityIds.IsValid(id))
        {
            problems.Add($"{owner}: the id must be lower-case letters and digits in kebab case, e.g. 'city-tacoma'.");
        }

        string?[] names = [name, draft.NameAr, .. draft.Aliases];
        using var held = await _locks.AcquireAsync(transaction, problems.Count == 0 ? EntityKeys(id!, label, names) : [], owner, cancellationToken).ConfigureAwait(false);
        if (problems.Count == 0 && await FindNodeAsync(transaction, id!, cancellationToken).ConfigureAwait(false) is not null)
        {
            problems.Add(CurationErrorCodes.AlreadyExists, $"{owner}: a node with the id '{id}' already exists.");
        }

        var properties = new Dictionary<string, object?>(StringComparer.Ordinal)
        {
            ["id"] = id,
            ["name"] = name,
            ["nameAr"] = string.IsNullOrWhiteSpace(draft.NameAr) ? null : draft.NameAr.Trim(),
            ["aliases"] = Aliases(draft.Aliases, name, draft.NameAr),
            ["description"] = string.IsNullOrWhiteSpace(draft.Description) ? null : draft.Description.Trim(),
        };
        foreach (var (property, value) in draft.Properties)
        {
            if (value is not null)
            {
                properties[property] = CheckEntityProperty(owner, label, property, value, problems);
            }
        }

        var newSpans = GatherEvidence(owner, draft.Evidence, draft.Quotes, required: true, problems);
        var evidence = await CheckedEvidence.CheckAsync(owner, newSpans, [], [], transaction, corpus, problems, cancellationToken).ConfigureAwait(false);
        CheckEvidenceNames(owner, newSpans, [new StoredNode(id ?? "", label, properties)], problems);
        await CheckNamesAreFreeAsync(transaction, owner, label, names, except: null, problems, cancellationToken).ConfigureAwait(false);
        problems.ThrowIfAny();

        var recording = await ChangeRecorder.BeginAsync(transaction, ChangeScope.Node(id!), cancellationToken).ConfigureAwait(false);
        evidence.WriteTo(properties);
        WriteMatchKeys(properties);
        properties[Origin.Property] = Origin.Curation;
        await transaction.RunAsync(
            new Statement($"CREATE (n:`{CypherNames.Label(label)}`:`{EntityLabels.Entity}`) SET n = $properties", Parameters(("properties", Storable(properties)))),
            cancellationToken).ConfigureAwait(false);
        await SearchIndexStatements.UpdateAsync(transaction, [SearchIndexedEntity.FromProperties(id!, properties.GetValueOrDefault)], [], [], cancellationToken).ConfigureAwait(false);
        await ForgetRemovalAsync(transaction, id!, cancellationToken).ConfigureAwait(false);
        await recording.RecordAsync("createEntity", CuratorName, id!, reverts: null, cancellationToken).ConfigureAwait(false);
        await held.FinishAsync(cancellationToken).ConfigureAwait(false);
        return id!;
    }

    /// <summary>Changes an entity's names, description or own properties and adds evidence; returns its id.</summary>
    public async Task<string> UpdateEntityAsync(Neo4jTransaction transaction, EntityChanges changes, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(transaction);
        ArgumentNullException.ThrowIfNull(changes);
        var owner = $"updateEntity '{changes.Id}'";
        var problems = new CurationProblems();
        string?[] newNames = [.. changes.Properties.Where(pair => pair.Key is "name" or "nameAr").Select(pair => pair.Value as string), .. Strings(changes.Properties.GetValueOrDefault("aliases"))];
        var label = await LabelOfAsync(transaction, changes.Id, cancellationToken).ConfigureAwait(false);
        using var held = await _locks.AcquireAsync(
            transaction, label is null ? [CurationLocks.Node(changes.Id)] : EntityKeys(changes.Id, label, newNames), owner, cancellationToken).ConfigureAwait(false);
        var entity = await FindEntityAsync(transaction, changes.Id, owner, problems, cancellationToken).ConfigureAwait(false);
        if (entity is not null && entity.Label != label)
        {
            problems.Add(CurationErrorCodes.NotFound, $"{owner}: the entity '{changes.Id}' changed while this change waited; send it again.");
        }

        problems.ThrowIfAny();

        var properties = entity!.Properties;
        var previousNames = SearchIndexedEntity.FromProperties(entity.Id, properties.GetValueOrDefault).Names;
        foreach (var (property, value) in changes.Properties)
        {
            switch (property, value)
            {
                case ("name", var name) when name is not string || string.IsNullOrWhiteSpace((string)name):
                    problems.Add($"{owner}: the name cannot be removed.");
                    break;
                case ("name" or "nameAr" or "description", string text):
                    properties[property] = string.IsNullOrWhiteSpace(text) ? null : text.Trim();
                    break;
                case ("aliases", _):
                    properties[property] = Aliases(Strings(value), properties.GetValueOrDefault("name") as string, properties.GetValueOrDefault("nameAr") as string);
                    break;
                case (_, null) when NameProperties.Contains(property) || EntityLabels.AllowsProperty(entity.Label, property):
                    properties[property] = null;
                    break;
                case (_, null):
                    problems.Add($"{owner}: '{property}' is not a property a {entity.Label} can have.");
                    break;
                default:
                    properties[property] = CheckEntityProperty(owner, entity.Label, property, value, problems);
                    break;
            }
        }

        var newSpans = GatherEvidence(owner, changes.AddedEvidence, changes.AddedQuotes, required: false, problems);
        var evidence = await CheckedEvidence.CheckAsync(
            owner, newSpans, Strings(properties.GetValueOrDefault(Provenance.Evidence)), QuotesOf(properties), transaction, corpus, problems, cancellationToken).ConfigureAwait(false);
        CheckEvidenceNames(owner, newSpans, [entity with { Properties = properties }], problems);
        await CheckNamesAreFreeAsync(
            transaction, owner, entity.Label,
            [properties.GetValueOrDefault("name") as string, properties.GetValueOrDefault("nameAr") as string, .. Strings(properties.GetValueOrDefault("aliases"))],
            except: entity.Id, problems, cancellationToken).ConfigureAwait(false);
        problems.ThrowIfAny();

        var recording = await ChangeRecorder.BeginAsync(transaction, ChangeScope.Node(entity.Id), cancellationToken).ConfigureAwait(false);
        evidence.WriteTo(properties);
        WriteMatchKeys(properties);
        properties[Origin.Property] = Origin.Curation;
        await transaction.RunAsync(
            new Statement("MATCH (n:Entity) WHERE n.id = $id SET n = $properties", Parameters(("id", entity.Id), ("properties", Storable(properties)))),
            cancellationToken).ConfigureAwait(false);
        await SearchIndexStatements.UpdateAsync(transaction, [SearchIndexedEntity.FromProperties(entity.Id, properties.GetValueOrDefault)], [], previousNames, cancellationToken).ConfigureAwait(false);
        await recording.RecordAsync("updateEntity", CuratorName, entity.Id, reverts: null, cancellationToken).ConfigureAwait(false);
        await held.FinishAsync(cancellationToken).ConfigureAwait(false);
        return entity.Id;
    }

    /// <summary>Distinct aliases, trimmed, without the entity's own names.</summary>
    private static List<string> Aliases(IEnumerable<string> aliases, string? name, string? nameAr) =>
        [.. aliases.Select(alias => alias.Trim()).Where(alias => alias.Length > 0 && alias != name && alias != nameAr).Distinct(StringComparer.Ordinal)];

    private static List<string?> QuotesOf(Dictionary<string, object?> properties) =>
        [.. Strings(properties.GetValueOrDefault(Provenance.EvidenceQuotes)).Cast<string?>()];
}
