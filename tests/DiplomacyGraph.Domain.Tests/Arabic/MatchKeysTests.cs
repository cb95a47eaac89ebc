using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Tests.Arabic;

public sealed class MatchKeysTests
{
    private static bool Meet(string query, params string[] names) =>
        MatchKeys.ForQuery(query).Intersect(MatchKeys.ForNames(names)).Any();

    [Theory]
    [InlineData("بكين")]
    [InlineData("وبكين")]
    [InlineData("لبكين")]
    [InlineData("بِكِين")]
    public void A_query_with_clitics_or_diacritics_finds_beijing(string query) =>
        Assert.True(Meet(query, "Beijing", "بكين"));

    [Theory]
    [InlineData("الصين")]
    [InlineData("بالصين")]
    [InlineData("والصين")]
    [InlineData("صين")]
    [InlineData("china")]
    [InlineData("CHINA")]
    public void A_query_with_or_without_the_article_finds_china(string query) =>
        Assert.True(Meet(query, "China", "الصين"));

    [Fact]
    public void Multi_word_names_match_with_clitics_on_the_first_word_only() =>
        Assert.True(Meet("بالولايات المتحدة", "الولايات المتحدة"));

    [Fact]
    public void Different_names_do_not_meet() =>
        Assert.False(Meet("روسيا", "China", "الصين"));

    [Fact]
    public void Name_keys_are_distinct_and_normalized() =>
        Assert.Equal(["china", "الصين", "صين"], MatchKeys.ForNames(["China", "china", "الصِّين", null, " "]));
}
