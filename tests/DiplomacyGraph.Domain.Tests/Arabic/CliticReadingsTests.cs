using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Tests.Arabic;

public sealed class CliticReadingsTests
{
    private static IEnumerable<string> Stems(string word) =>
        CliticReadings.Of(TextNormalizer.Normalize(word)).Select(r => r.Stem);

    [Theory]
    [InlineData("بكين")]
    [InlineData("وبكين")]
    [InlineData("لبكين")]
    [InlineData("فبكين")]
    public void Reads_a_name_behind_conjunction_and_preposition_prefixes(string word) =>
        Assert.Contains("بكين", Stems(word));

    [Theory]
    [InlineData("الصين")]
    [InlineData("بالصين")]
    [InlineData("والصين")]
    [InlineData("وبالصين")]
    [InlineData("للصين")]
    [InlineData("وللصين")]
    [InlineData("كالصين")]
    public void Reads_a_definite_name_behind_prefixes_including_the_contracted_lam_lam(string word) =>
        Assert.Contains("الصين", Stems(word));

    [Fact]
    public void Keeps_the_word_itself_as_the_first_reading_so_names_starting_with_prefix_letters_survive()
    {
        var readings = CliticReadings.Of("واشنطن");
        Assert.Equal(new CliticReading("واشنطن", 0), readings[0]);
    }

    [Fact]
    public void Never_takes_anything_off_the_end_of_a_word() =>
        Assert.All(Stems("والصينيون"), stem => Assert.EndsWith("صينيون", stem, StringComparison.Ordinal));

    [Fact]
    public void Offers_no_reading_shorter_than_two_letters() =>
        Assert.All(CliticReadings.Of("وبه"), r => Assert.True(r.Stem.Length >= CliticReadings.MinimumStemLength));

    [Theory]
    [InlineData("بال")]
    [InlineData("وال")]
    [InlineData("لل")]
    [InlineData("فلل")]
    public void Never_reads_a_prefixed_word_as_the_bare_article_which_would_match_every_definite_name(string word) =>
        Assert.DoesNotContain("\u0627\u0644", Stems(word).Skip(1));

    [Fact]
    public void Reports_how_many_letters_the_clitics_occupy()
    {
        var reading = Assert.Single(CliticReadings.Of("وبالصين"), r => r.Stem == "الصين");
        Assert.Equal(2, reading.PrefixLength);
    }
}
