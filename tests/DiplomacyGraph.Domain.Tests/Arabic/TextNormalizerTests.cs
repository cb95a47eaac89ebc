using DiplomacyGraph.Domain.Arabic;

namespace DiplomacyGraph.Domain.Tests.Arabic;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("مُحَمَّدٌ", "محمد")] // harakat, shadda, tanween
    [InlineData("شكرًا", "شكرا")] // fathatan
    [InlineData("مَسْؤُول", "مسوول")] // sukun, waw with hamza
    [InlineData("هٰذا", "هذا")] // superscript alef
    [InlineData("كـــبير", "كبير")] // tatweel
    public void Drops_diacritics_and_tatweel(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("أحمد", "احمد")]
    [InlineData("إيران", "ايران")]
    [InlineData("آسيا", "اسيا")]
    [InlineData("ٱلله", "الله")]
    [InlineData("هيئة", "هييه")]
    public void Folds_alef_and_hamza_seats(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Keeps_the_standalone_hamza_so_that_a_common_word_stays_apart_from_a_name() =>
        Assert.NotEqual(TextNormalizer.Normalize("شي"), TextNormalizer.Normalize("شيء"));

    [Theory]
    [InlineData("مدينة", "مدينه")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("کازاخستان", "كازاخستان")] // Persian keheh
    public void Folds_taa_marbuta_alef_maqsura_and_persian_letters(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("٢٠٢٤", "2024")]
    [InlineData("۱۹۹۴", "1994")]
    [InlineData("عام 2023", "عام 2023")]
    public void Turns_arabic_indic_digits_into_ascii(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("  صيني-عربي،\u00A0كوفيد -19 ", "صيني عربي كوفيد 19")]
    [InlineData("“مقياس”؛ (شينخوا)", "مقياس شينخوا")]
    [InlineData("كـ”مقياس”", "ك مقياس")]
    public void Folds_punctuation_and_whitespace_into_single_spaces(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Theory]
    [InlineData("Zürich", "zurich")]
    [InlineData("Xī Jìnpíng", "xi jinping")]
    [InlineData("SÃO PAULO", "sao paulo")]
    [InlineData("Cafe\u0301", "cafe")] // decomposed accent
    [InlineData("Straße", "strasse")]
    [InlineData("St. Louis", "st louis")]
    public void Makes_english_case_and_accent_insensitive(string text, string expected) =>
        Assert.Equal(expected, TextNormalizer.Normalize(text));

    [Fact]
    public void Folds_arabic_presentation_forms_to_base_letters() =>
        Assert.Equal("الصين", TextNormalizer.Normalize("\uFE8D\uFEDF\uFEBC\uFEF4\uFEE6"));

    [Fact]
    public void Drops_invisible_format_characters_inside_a_word() =>
        Assert.Equal("بكين", TextNormalizer.Normalize("بك\u200Fي\u200Cن"));

    [Fact]
    public void Reports_where_each_word_came_from_in_the_original_text()
    {
        const string text = "قال شِي، في بكين";
        var tokens = TextNormalizer.Tokenize(text);

        Assert.Equal(["قال", "شي", "في", "بكين"], tokens.Select(t => t.Text));
        var xi = tokens[1];
        Assert.Equal("شِي", text[xi.Start..xi.End]);
        Assert.Equal(text.IndexOf('ي', StringComparison.Ordinal), xi.OriginalOffsetOf(1));
    }
}
