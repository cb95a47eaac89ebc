using YamlDotNet.RepresentationModel;

namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// Reads the data folder (<c>articles.yaml</c>, <c>relationship-types.yaml</c>, <c>kinds.yaml</c>,
/// <c>entities/*.yaml</c>, <c>relations/*.yaml</c>) into a <see cref="FactSet"/> that keeps the
/// file and line of every entry, property and evidence span. Problems of shape (YAML syntax, a
/// list where one value belongs, a malformed span) are collected, not thrown; the meaning of what
/// was read is checked by <see cref="FactValidator"/>.
/// </summary>
public static class FactFileReader
{
    public const string ArticlesFile = "articles.yaml";
    public const string RelationshipTypesFile = "relationship-types.yaml";
    public const string KindsFile = "kinds.yaml";
    public const string EntitiesFolder = "entities";
    public const string RelationsFolder = "relations";

    public static FactReadResult Read(string dataFolder)
    {
        ArgumentNullException.ThrowIfNull(dataFolder);
        var errors = new List<FactError>();
        var unreadable = new List<string>();
        if (!Directory.Exists(dataFolder))
        {
            errors.Add(new FactError(dataFolder, 0, "the data folder does not exist"));
            return new FactReadResult(new FactSet([], [], [], [], []), errors, [dataFolder]);
        }

        var articles = ReadFile(dataFolder, ArticlesFile, errors, unreadable).Select(entry => ReadArticle(entry, errors)).ToList();
        var types = ReadFile(dataFolder, RelationshipTypesFile, errors, unreadable).Select(entry => ReadRelationshipType(entry, errors)).ToList();
        var kinds = ReadKinds(dataFolder, errors, unreadable);
        var entities = ReadFolder(dataFolder, EntitiesFolder, errors, unreadable).Select(entry => ReadEntity(entry, errors)).ToList();
        var relations = ReadFolder(dataFolder, RelationsFolder, errors, unreadable).Select(entry => ReadRelation(entry, errors)).ToList();
        return new FactReadResult(new FactSet(articles, entities, relations, types, kinds), errors, unreadable);
    }

    private static IEnumerable<YamlEntry> ReadFile(string dataFolder, string file, List<FactError> errors, List<string> unreadable)
    {
        var path = Path.Combine(dataFolder, file);
        if (!File.Exists(path))
        {
            errors.Add(new FactError(file, 0, "the file is missing"));
            return [];
        }

        return ReadEntries(path, file, errors, unreadable);
    }

    private static List<KindList> ReadKinds(string dataFolder, List<FactError> errors, List<string> unreadable)
    {
        var path = Path.Combine(dataFolder, KindsFile);
        if (!File.Exists(path))
        {
            errors.Add(new FactError(KindsFile, 0, "the file is missing"));
            return [];
        }

        var fields = YamlEntryReader.ReadMapping(path, KindsFile, errors);
        if (fields is null)
        {
            unreadable.Add(KindsFile);
            return [];
        }

        return [.. fields.Select(field => new KindList(field.Key, [.. YamlValues.TextList(field, errors).Select(item => item.Text)], field.Location))];
    }

    private static IEnumerable<YamlEntry> ReadFolder(string dataFolder, string folder, List<FactError> errors, List<string> unreadable)
    {
        var path = Path.Combine(dataFolder, folder);
        if (!Directory.Exists(path))
        {
            errors.Add(new FactError(folder, 0, "the folder is missing"));
            return [];
        }

        return Directory.EnumerateFiles(path, "*.yaml")
            .Order(StringComparer.Ordinal)
            .SelectMany(file => ReadEntries(file, $"{folder}/{Path.GetFileName(file)}", errors, unreadable))
            .ToList();
    }

    private static IReadOnlyList<YamlEntry> ReadEntries(string path, string file, List<FactError> errors, List<string> unreadable)
    {
        var entries = YamlEntryReader.Read(path, file, errors);
        if (entries is null)
        {
            unreadable.Add(file);
        }

        return entries ?? [];
    }

    private static ArticleFact ReadArticle(YamlEntry entry, List<FactError> errors)
    {
        string? id = null;
        var properties = new List<FactProperty>();
        IReadOnlyList<EvidenceSpan> evidence = [];
        foreach (var field in entry.Fields)
        {
            switch (field.Key)
            {
                case "id": id = YamlValues.Text(field, errors); break;
                case "evidence": evidence = ReadEvidence(field, errors); break;
                default: AddProperty(properties, field, errors); break;
            }
        }

        return new ArticleFact(id ?? string.Empty, properties, evidence, entry.Location);
    }

    private static EntityFact ReadEntity(YamlEntry entry, List<FactError> errors)
    {
        string? id = null, label = null, name = null, nameAr = null;
        IReadOnlyList<string> aliases = [];
        var properties = new List<FactProperty>();
        IReadOnlyList<EvidenceSpan> evidence = [];
        foreach (var field in entry.Fields)
        {
            switch (field.Key)
            {
                case "id": id = YamlValues.Text(field, errors); break;
                case "label": label = YamlValues.Text(field, errors); break;
                case "name": name = YamlValues.Text(field, errors); break;
                case "nameAr": nameAr = YamlValues.Text(field, errors); break;
                case "aliases": aliases = YamlValues.TextList(field, errors).Select(item => item.Text).ToList(); break;
                case "evidence": evidence = ReadEvidence(field, errors); break;
                default: AddProperty(properties, field, errors); break;
            }
        }

        return new EntityFact(id ?? string.Empty, label ?? string.Empty, name, nameAr, aliases, properties, evidence, entry.Location);
    }

    private static RelationFact ReadRelation(YamlEntry entry, List<FactError> errors)
    {
        string? type = null, from = null, to = null;
        var properties = new List<FactProperty>();
        IReadOnlyList<EvidenceSpan> evidence = [];
        foreach (var field in entry.Fields)
        {
            switch (field.Key)
            {
                case "type": type = YamlValues.Text(field, errors); break;
                case "from": from = YamlValues.Text(field, errors); break;
                case "to": to = YamlValues.Text(field, errors); break;
                case "evidence": evidence = ReadEvidence(field, errors); break;
                default: AddProperty(properties, field, errors); break;
            }
        }

        return new RelationFact(type ?? string.Empty, from ?? string.Empty, to ?? string.Empty, properties, evidence, entry.Location);
    }

    private static RelationshipTypeDefinition ReadRelationshipType(YamlEntry entry, List<FactError> errors)
    {
        string? type = null, description = null;
        var symmetric = false;
        var between = new List<(string, string)>();
        var properties = new List<string>();
        foreach (var field in entry.Fields)
        {
            switch (field.Key)
            {
                case "type":
                    type = YamlValues.Text(field, errors);
                    break;
                case "description":
                    description = YamlValues.Text(field, errors);
                    break;
                case "symmetric":
                    symmetric = YamlValues.Text(field, errors) switch
                    {
                        "true" => true,
                        "false" or null => false,
                        var other => Fail(field, $"'symmetric' must be true or false, not '{other}'", errors),
                    };
                    break;
                case "between":
                    between.AddRange(ReadLabelPairs(field, errors));
                    break;
                case "properties":
                    properties.AddRange(ReadPropertyNames(field, errors));
                    break;
                default:
                    errors.Add(new FactError(field.Location, $"unknown key '{field.Key}' (expected type, symmetric, between, properties, description)"));
                    break;
            }
        }

        return new RelationshipTypeDefinition(type ?? string.Empty, symmetric, between, properties, description, entry.Location);
    }

    private static bool Fail(YamlField field, string message, List<FactError> errors)
    {
        errors.Add(new FactError(field.Location, message));
        return false;
    }

    private static IEnumerable<(string From, string To)> ReadLabelPairs(YamlField field, List<FactError> errors)
    {
        if (field.Value is not YamlSequenceNode pairs)
        {
            errors.Add(new FactError(field.Location, "'between' must be a list of [FromLabel, ToLabel] pairs"));
            yield break;
        }

        foreach (var pair in pairs.Children)
        {
            if (pair is YamlSequenceNode { Children: [YamlScalarNode { Value: { } from }, YamlScalarNode { Value: { } to }] })
            {
                yield return (from, to);
            }
            else
            {
                errors.Add(new FactError(YamlEntryReader.Location(field.Location.File, pair), "each item of 'between' must be a [FromLabel, ToLabel] pair"));
            }
        }
    }

    private static IEnumerable<string> ReadPropertyNames(YamlField field, List<FactError> errors)
    {
        switch (field.Value)
        {
            case YamlSequenceNode names:
                foreach (var name in names.Children)
                {
                    if (name is YamlScalarNode { Value: { Length: > 0 } text })
                    {
                        yield return text;
                    }
                    else if (name is YamlMappingNode { Children.Count: 1 } single && single.Children.Keys.First() is YamlScalarNode { Value: { } key })
                    {
                        // "- since: ISO date" — a name with a note.
                        yield return key;
                    }
                    else
                    {
                        errors.Add(new FactError(YamlEntryReader.Location(field.Location.File, name), "each item of 'properties' must be a property name"));
                    }
                }

                break;
            case YamlMappingNode described:
                foreach (var key in described.Children.Keys.OfType<YamlScalarNode>())
                {
                    yield return key.Value ?? string.Empty;
                }

                break;
            default:
                if (!YamlValues.IsNull(field.Value))
                {
                    errors.Add(new FactError(field.Location, "'properties' must be a list of property names"));
                }

                break;
        }
    }

    private static List<EvidenceSpan> ReadEvidence(YamlField field, List<FactError> errors)
    {
        var spans = new List<EvidenceSpan>();
        foreach (var (text, location) in YamlValues.TextList(field, errors))
        {
            if (EvidenceSpan.TryParse(text, location) is { } span)
            {
                spans.Add(span);
            }
            else
            {
                errors.Add(new FactError(location, $"evidence '{text}' is not of the form articleId:start-end"));
            }
        }

        return spans;
    }

    private static void AddProperty(List<FactProperty> properties, YamlField field, List<FactError> errors)
    {
        if (YamlValues.Property(field, errors) is { } property)
        {
            properties.Add(property);
        }
    }
}
