using DiplomacyGraph.Domain.Search;

namespace DiplomacyGraph.Domain.Tests.Search;

/// <summary>What the index stores for a name and what a query seeks, without Neo4j (the ranking itself is measured by the API's search evaluation).</summary>
public sealed class SearchKeysTests
{
    [Fact]
    public void A_name_is_indexed_by_its_words_short_neighbours_joined_and_stop_words_without_positions()
    {
        var entry = Assert.Single(SearchNameEntry.ForEntity("person-yang-wanming", ["يانغ وان مينغ"]));
        Assert.Equal(3, entry.ContentWords);
        Assert.Equal([1, 2], entry.Terms.Single(term => term.Key == "وانمينغ").Positions);

        var tacoma = Assert.Single(SearchNameEntry.ForEntity("city-tacoma", ["مدينة تاكوما"]));
        Assert.Equal(1, tacoma.ContentWords);
        Assert.Empty(tacoma.Terms.Single(term => term.Key == "مدينه").Positions);
        Assert.Contains("مدينه تاكوما", tacoma.Keys);
    }

    [Theory]
    [InlineData("tacomma", "tacoma")] // a letter added
    [InlineData("بوتن", "بوتين")] // a letter left out of a five-letter word
    [InlineData("chicaco", "chicago")] // a letter replaced
    [InlineData("kazahkstan", "kazakhstan")] // two letters swapped
    public void A_typo_neighbour_is_one_of_the_strings_a_query_seeks(string typed, string word)
    {
        Assert.Contains(SearchEdits.Neighbours(typed), group => group.Words.Contains(word));
    }

    [Fact]
    public void A_swap_in_a_five_letter_word_scores_below_the_threshold_and_in_a_seven_letter_word_above()
    {
        Assert.True(SearchEdits.Neighbours("paris").Single(group => group.Words.Contains("pairs")).Quality < 0.5);
        Assert.True(SearchEdits.Neighbours("chicaco").Single(group => group.Words.Contains("chicago")).Quality >= 0.5);
    }

    [Fact]
    public void Short_words_get_no_typo_neighbours_except_a_missing_letter()
    {
        Assert.Empty(SearchEdits.Neighbours("fez"));
        Assert.All(SearchEdits.Neighbours("فاس"), group => Assert.All(group.Words, word => Assert.True(word.Length >= 4)));
    }

    [Fact]
    public void An_arabic_word_is_sought_with_the_article_and_clitics_a_name_may_write_on_it()
    {
        var forms = SearchQuery.ArticleForms("تعاون").ToList();
        Assert.Contains("التعاون", forms);
        Assert.Contains("للتعاون", forms);
        Assert.Contains("والتعاون", forms);
        Assert.DoesNotContain("وتعاون", forms);
        Assert.Empty(SearchQuery.ArticleForms("tacoma"));
    }

    [Fact]
    public void Stop_words_and_titles_weigh_a_tenth_unless_the_query_is_only_stop_words()
    {
        var weights = (IReadOnlyList<double>)SearchQuery.Parameters("الرئيس شي جين بينغ")[SearchQuery.WeightsParameter]!;
        Assert.Equal([SearchStopWords.Weight, 1.0, 1.0, 1.0], weights);
        Assert.Equal([1.0, 1.0], (IReadOnlyList<double>)SearchQuery.Parameters("the of")[SearchQuery.WeightsParameter]!);
        Assert.True(SearchStopWords.Contains(DiplomacyGraph.Domain.Arabic.TextNormalizer.Normalize("والرئيس")));
    }
}
