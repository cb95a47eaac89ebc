using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Mentions;

namespace DiplomacyGraph.Domain.Facts.Validation;

/// <summary>What every validation rule reads: the facts, their indexes, the corpus (if any) and the error list.</summary>
internal sealed class ValidationContext
{
    private readonly List<FactError> errors = [];
    private Gazetteer? gazetteer;

    public ValidationContext(FactSet facts, ArticleCorpus? corpus)
    {
        Facts = facts;
        Corpus = corpus;
        EntitiesById = FirstById(facts.Entities, entity => entity.Id);
        ArticlesById = FirstById(facts.Articles, article => article.Id);
        TypesByName = FirstById(facts.RelationshipTypes, type => type.Type);
    }

    public FactSet Facts { get; }

    /// <summary>Null when no corpus folder is available: span texts are then not checked.</summary>
    public ArticleCorpus? Corpus { get; }

    public IReadOnlyDictionary<string, EntityFact> EntitiesById { get; }

    public IReadOnlyDictionary<string, ArticleFact> ArticlesById { get; }

    public IReadOnlyDictionary<string, RelationshipTypeDefinition> TypesByName { get; }

    /// <summary>
    /// Every entity's names and descriptive phrases (<see cref="EntityFact.ReferringExpressions"/>),
    /// for checking that evidence refers to what it is evidence of.
    /// </summary>
    public Gazetteer Gazetteer => gazetteer ??= EvidenceNaming.GazetteerOf(
        Facts.Entities.Select(entity => (entity.Id, entity.ReferringExpressions)));

    public IReadOnlyList<FactError> Errors => errors;

    public void Report(SourceLocation location, string message) => errors.Add(new FactError(location, message));

    private static Dictionary<string, T> FirstById<T>(IEnumerable<T> items, Func<T, string> id)
    {
        var byId = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var item in items)
        {
            byId.TryAdd(id(item), item);
        }

        return byId;
    }
}
