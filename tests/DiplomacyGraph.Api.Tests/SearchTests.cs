using DiplomacyGraph.Api.Tests.Infrastructure;

namespace DiplomacyGraph.Api.Tests;

/// <summary>
/// <c>search</c> finds entities by any spelling the normalizer folds together: Arabic hamza and alef
/// forms, taa marbuta, alef maqsura, diacritics, tatweel, the clitics و ف ب ك ل and the article
/// ال; English in any case and with or without accents. An exact name or alias scores 2 to 3,
/// above word matches (below 1), and typos and prefixes score below exact words. The ranking of
/// many typed queries is measured by <see cref="SearchEvaluationTests"/>.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class SearchTests(ApiFixture fixture)
{
    [Theory]
    [InlineData("بكين", "city-beijing", "بكين")]
    [InlineData("بِكِّين", "city-beijing", "بكين")] // diacritics
    [InlineData("بكـــين", "city-beijing", "بكين")] // tatweel
    [InlineData("وبكين", "city-beijing", "بكين")] // the conjunction و
    [InlineData("بالصين", "country-china", "الصين")] // the preposition ب with the article
    [InlineData("للصين", "country-china", "الصين")] // ل + ال written لل
    [InlineData("صين", "country-china", "الصين")] // without the article
    [InlineData("TACOMA", "city-tacoma", "Tacoma")] // case
    [InlineData("Tácomá", "city-tacoma", "Tacoma")] // accents
    [InlineData("marrakech", "city-marrakesh", "Marrakech")] // an alias
    public async Task A_spelling_variant_finds_the_entity_as_an_exact_match(string text, string id, string matched)
    {
        var data = await fixture.Api.QueryAsync("query($text: String!) { search(text: $text) { score matched entity { id } } }", new { text });
        var best = data.At("search[0]");
        Assert.Equal(id, best.Text("entity.id"));
        Assert.Equal(matched, best.Text("matched"));
        Assert.True(best.At("score").GetDouble() >= 2, $"'{text}' should match exactly; score {best.At("score").GetDouble()}.");
    }

    /// <summary>
    /// Letter variants, tested on whichever entities of the loaded graph have such letters in their
    /// Arabic name: the name written with the other form must still be an exact match.
    /// </summary>
    [Theory]
    [InlineData("أ", "ا")] // hamza above → bare alef
    [InlineData("إ", "ا")] // hamza below → bare alef
    [InlineData("ة", "ه")] // taa marbuta → heh
    [InlineData("ى", "ي")] // alef maqsura → yeh
    public async Task An_arabic_name_written_with_the_other_letter_form_is_an_exact_match(string letter, string variant)
    {
        var names = await fixture.ColumnAsync<string>(
            "MATCH (n:Entity) WHERE n.nameAr CONTAINS $letter RETURN n.id + '|' + n.nameAr ORDER BY n.id LIMIT 3", new { letter });
        Assert.NotEmpty(names);
        foreach (var entry in names)
        {
            var (id, nameAr) = (entry[..entry.IndexOf('|')], entry[(entry.IndexOf('|') + 1)..]);
            var text = nameAr.Replace(letter, variant, StringComparison.Ordinal);
            var data = await fixture.Api.QueryAsync("query($text: String!) { search(text: $text, first: 20) { score matched entity { id } } }", new { text });
            var exact = data.At("search").EnumerateArray().Where(hit => hit.At("score").GetDouble() >= 2).ToList();
            Assert.Contains(exact, hit => hit.Text("entity.id") == id && hit.Text("matched") == nameAr);
        }
    }

    [Fact]
    public async Task The_exact_name_ranks_above_names_that_contain_its_words()
    {
        var data = await fixture.Api.QueryAsync("""{ search(text: "china", first: 100) { score matched entity { id } } }""");
        var scores = data.At("search").EnumerateArray().Select(hit => hit.At("score").GetDouble()).ToList();

        Assert.Equal("country-china", data.Text("search[0].entity.id"));
        Assert.InRange(scores[0], 2, 3);
        Assert.True(scores.Count > 10, "Every name with the word china is a hit.");
        Assert.Equal(scores.OrderDescending(), scores);
        Assert.All(scores.Skip(1), score => Assert.InRange(score, 0.5, 1));
    }

    [Theory]
    [InlineData("Tacom", "city-tacoma")] // a prefix
    [InlineData("Tacomma", "city-tacoma")] // one letter too many
    [InlineData("Chicaco", "city-chicago")] // one letter replaced
    public async Task A_prefix_or_a_typo_finds_the_entity_below_an_exact_word(string text, string id)
    {
        var data = await fixture.Api.QueryAsync("query($text: String!) { search(text: $text) { score entity { id } } }", new { text });

        Assert.Equal(id, data.Text("search[0].entity.id"));
        Assert.InRange(data.At("search[0].score").GetDouble(), 0.5, 0.99);
    }

    [Fact]
    public async Task Two_edits_find_a_long_word_below_one_edit_and_never_a_shorter_word()
    {
        // wisconsin: nine letters, so two edits (c→k, i→e) still find it, below one left-out letter;
        // chicago: seven letters, so one edit finds it (chicaco) but two (a swap and an extra letter) do not.
        var data = await fixture.Api.QueryAsync("""
            { two: search(text: "Wiskonsen") { score entity { id } } one: search(text: "Wisconsn") { score entity { id } }
              arabic: search(text: "كزخستان") { score entity { id } } short: search(text: "Chicgaoo") { score } far: search(text: "Kyrgyzstan") { score } }
            """);

        Assert.Equal("subdivision-wisconsin", data.Text("two[0].entity.id"));
        Assert.Equal("subdivision-wisconsin", data.Text("one[0].entity.id"));
        Assert.InRange(data.At("two[0].score").GetDouble(), 0.5, data.At("one[0].score").GetDouble() - 0.01);
        Assert.Equal("country-kazakhstan", data.Text("arabic[0].entity.id"));
        Assert.Equal(0, data.At("short").GetArrayLength());
        Assert.Equal(0, data.At("far").GetArrayLength());
    }

    [Fact]
    public async Task A_clitic_reading_matches_only_a_whole_word()
    {
        // فاس (Fez) read as ف + اس: اس is no word of any name, so nothing is found; فوتشو is Fuzhou alone.
        var data = await fixture.Api.QueryAsync("""{ fez: search(text: "فاس") { score } fuzhou: search(text: "فوتشو") { score entity { id } } }""");

        Assert.Equal(0, data.At("fez").GetArrayLength());
        Assert.Equal("city-fuzhou", data.Text("fuzhou[0].entity.id"));
        Assert.All(data.At("fuzhou").EnumerateArray().Skip(1), hit => Assert.NotEqual("city-suzhou", hit.Text("entity.id")));
    }

    [Fact]
    public async Task Labels_and_first_narrow_the_hits()
    {
        var data = await fixture.Api.QueryAsync("""{ search(text: "washington", labels: [City], first: 1) { entity { __typename id } } }""");
        var hit = Assert.Single(data.At("search").EnumerateArray());
        Assert.Equal("City", hit.Text("entity.__typename"));
        Assert.Equal("city-washington-dc", hit.Text("entity.id"));
    }

    [Fact]
    public async Task Text_that_matches_nothing_gives_no_hits()
    {
        var data = await fixture.Api.QueryAsync("""{ a: search(text: "zzqqxx") { score } b: search(text: "؟!،") { score } }""");
        Assert.Equal(0, data.At("a").GetArrayLength());
        Assert.Equal(0, data.At("b").GetArrayLength());
    }

    [Fact]
    public async Task First_outside_its_range_is_a_clear_error()
    {
        var response = await fixture.Api.PostAsync("""{ search(text: "china", first: 101) { score } }""");
        Assert.Contains("Argument 'first' of 'search' must be between 1 and 100; got 101.", Assert.Single(response.Errors), StringComparison.Ordinal);
    }
}
