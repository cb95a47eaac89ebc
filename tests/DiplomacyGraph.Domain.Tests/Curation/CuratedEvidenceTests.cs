using DiplomacyGraph.Domain.Curation;
using DiplomacyGraph.Domain.Tests.Support;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Curation;

/// <summary>
/// Curated evidence must say what it supports, by the fact-file validator's rule, and may be given
/// as a quote the server finds in the article.
/// </summary>
[Collection(Neo4jCollection.Name)]
public sealed class CuratedEvidenceTests(Neo4jFixture fixture) : CurationTestBase(fixture)
{
    [Fact]
    public async Task Evidence_that_does_not_name_the_entity_or_a_relationship_end_is_refused()
    {
        var curator = Graph.NewCurator();
        var unnamed = CurationGraph.City("Curated Town") with { Evidence = [SampleFacts.Span(0)] };

        var refused = await Assert.ThrowsAsync<CurationException>(() => Graph.Client.ExecuteInTransactionAsync((tx, ct) => curator.CreateEntityAsync(tx, unnamed, ct)));
        Assert.Equal(CurationErrorCodes.Rejected, refused.Code);
        Assert.Contains(refused.Problems, problem => problem.Contains("the evidence does not name 'city-curated-town'", StringComparison.Ordinal));

        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, CurationGraph.City("Curated Town"), ct)));
        var twins = CurationGraph.Twins("city-curated-town", CurationGraph.Tacoma) with { Evidence = [SampleFacts.Span(1)] };
        var refusedTwins = await Assert.ThrowsAsync<CurationException>(() => Graph.Client.ExecuteInTransactionAsync((tx, ct) => curator.AddRelationshipAsync(tx, twins, ct)));
        Assert.Contains(refusedTwins.Problems, problem => problem.Contains("the evidence does not name 'city-curated-town'", StringComparison.Ordinal));
        Assert.DoesNotContain(refusedTwins.Problems, problem => problem.Contains("does not name 'city-tacoma'", StringComparison.Ordinal));
        Assert.DoesNotContain(await Graph.RelationshipIdsAsync(), id => id.Contains("curated", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_quote_is_found_in_its_article_after_normalization_and_becomes_the_span()
    {
        var curator = Graph.NewCurator();
        // "مدينه" for "مدينة" and no hamza on "الفا": normalization makes them the same words.
        var draft = CurationGraph.City("Town A") with { Evidence = [], Quotes = [new EvidenceQuote(CurationGraph.TownsArticle, "مدينه كيورتد مع مدن الفا")] };

        Assert.Null(await Graph.TryAsync((tx, ct) => curator.CreateEntityAsync(tx, draft, ct)));

        var start = CurationGraph.TownsSentence.IndexOf("مدينة", StringComparison.Ordinal);
        var end = CurationGraph.TownsSentence.IndexOf("ألفا", StringComparison.Ordinal) + "ألفا".Length;
        Assert.Equal([$"{CurationGraph.TownsArticle}:{start}-{end}"], await Graph.ColumnAsync("MATCH (n:Entity {id: 'city-town-a'}) UNWIND n.evidence AS span RETURN span"));
    }

    [Theory]
    [InlineData("مدينة أوميغا", "is not in article 'a2'")]
    [InlineData("مع", "occurs 2 times in article 'a2'")]
    [InlineData("...", "has no words")]
    public async Task A_quote_found_nowhere_or_more_than_once_is_refused(string quote, string problem)
    {
        var curator = Graph.NewCurator();
        var draft = CurationGraph.City("Town A") with { Evidence = [], Quotes = [new EvidenceQuote(CurationGraph.TownsArticle, quote)] };

        var refused = await Assert.ThrowsAsync<CurationException>(() => Graph.Client.ExecuteInTransactionAsync((tx, ct) => curator.CreateEntityAsync(tx, draft, ct)));

        Assert.Contains(refused.Problems, found => found.Contains(problem, StringComparison.Ordinal));
        Assert.DoesNotContain("city-town-a", await Graph.EntityIdsAsync());
    }
}
