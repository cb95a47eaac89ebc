using DiplomacyGraph.Domain.Tests.Support;

namespace DiplomacyGraph.Domain.Tests.Facts;

public sealed class CuratedFactsTests
{
    [Fact]
    public void The_curated_fact_files_validate_against_the_seed_corpus() =>
        Assert.Empty(SeedData.Facts.Errors.Select(error => error.ToString()));

    [Fact]
    public void The_curated_facts_cover_all_five_seed_articles() =>
        Assert.Equal(SeedData.Corpus.ArticleIds, SeedData.Facts.Facts.Articles.Select(a => a.Id).Order(StringComparer.Ordinal));
}
