using DiplomacyGraph.Domain.Mentions;

namespace DiplomacyGraph.Domain.Tests.Mentions;

public sealed class GazetteerTests
{
    private static readonly Gazetteer Places = Gazetteer.Build(
    [
        new GazetteerEntry("country-china", ["China", "الصين", "الصينية"]),
        new GazetteerEntry("city-beijing", ["Beijing", "بكين"]),
        new GazetteerEntry("country-prc", ["جمهورية الصين الشعبية"]),
        new GazetteerEntry("country-united-states", ["الولايات المتحدة", "United States"]),
        new GazetteerEntry("subdivision-washington", ["ولاية واشنطن", "واشنطن"]),
        new GazetteerEntry("city-washington-dc", ["واشنطن العاصمة", "واشنطن"]),
    ]);

    private static IEnumerable<string> Found(string text) =>
        Places.FindMentions(text).SelectMany(m => m.EntityIds);

    [Theory]
    [InlineData("زار بكين أمس")]
    [InlineData("ووصل وبكين تستعد")]
    [InlineData("رسالة لبكين")]
    [InlineData("في بِكِين")]
    public void Finds_a_name_with_clitics_and_diacritics(string text) =>
        Assert.Equal(["city-beijing"], Found(text));

    [Theory]
    [InlineData("بالصين")]
    [InlineData("والصين")]
    [InlineData("للصين")]
    [InlineData("مدن صينية")]
    public void Finds_a_definite_name_with_or_without_its_article(string text) =>
        Assert.Contains("country-china", Found(text));

    [Fact]
    public void Does_not_stem_so_an_adjective_is_not_the_country_name()
    {
        var gazetteer = Gazetteer.Build([new GazetteerEntry("country-china", ["الصين"])]);
        Assert.Empty(gazetteer.FindMentions("الشركات الصينية"));
    }

    [Fact]
    public void A_name_inside_the_longer_name_of_an_unrelated_thing_is_not_a_mention()
    {
        var mentions = Places.FindMentions("رئيس جمهورية الصين الشعبية");
        var mention = Assert.Single(mentions);
        Assert.Equal(["country-prc"], mention.EntityIds);
    }

    [Fact]
    public void A_name_inside_the_longer_name_of_a_related_thing_is_a_mention_of_its_own()
    {
        GazetteerEntry[] entries =
        [
            new("organization-un", ["الأمم المتحدة"]),
            new("organization-unga", ["الجمعية العامة للأمم المتحدة"]),
            new("event-unga-76", ["الدورة 76 للجمعية العامة للأمم المتحدة"]),
            new("city-beijing", ["بكين"]),
            new("organization-blcu", ["جامعة بكين للغات والثقافة"]),
        ];
        var gazetteer = Gazetteer.Build(entries, [("event-unga-76", "organization-unga"), ("organization-unga", "organization-un")]);

        var session = gazetteer.FindMentions("في الدورة 76 للجمعية العامة للأمم المتحدة").SelectMany(m => m.EntityIds);
        var university = gazetteer.FindMentions("فرع جامعة بكين للغات والثقافة").SelectMany(m => m.EntityIds);
        var withoutRelations = Gazetteer.Build(entries).FindMentions("في الدورة 76 للجمعية العامة للأمم المتحدة").SelectMany(m => m.EntityIds);

        Assert.Equal(["event-unga-76", "organization-unga", "organization-un"], session);
        Assert.Equal(["organization-blcu"], university);
        Assert.Equal(["event-unga-76"], withoutRelations);
    }

    [Fact]
    public void A_name_inside_a_longer_name_of_the_same_entity_is_one_mention()
    {
        var gazetteer = Gazetteer.Build([new GazetteerEntry("city-tacoma", ["تاكوما", "مدينة تاكوما"])]);
        const string text = "في مدينة تاكوما الساحلية";
        var mention = Assert.Single(gazetteer.FindMentions(text));
        Assert.Equal("مدينة تاكوما", text[mention.Start..mention.End]);
    }

    [Fact]
    public void Finds_english_names_case_and_accent_insensitively() =>
        Assert.Equal(["country-united-states", "city-beijing"], Found("The UNITED STATES and Béijing."));

    [Fact]
    public void Reports_the_span_of_the_name_without_its_clitic_prefix()
    {
        const string text = "سافر وبالصين";
        var mention = Assert.Single(Places.FindMentions(text));
        Assert.Equal("الصين", text[mention.Start..mention.End]);
    }

    [Fact]
    public void Finds_every_occurrence_including_nested_ones_for_naming_checks()
    {
        var named = Places.EntitiesNamedIn("رئيس جمهورية الصين الشعبية");
        Assert.Equal(["country-china", "country-prc"], named.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Gives_an_ambiguous_name_to_every_entity_that_carries_it() =>
        Assert.Equal(["subdivision-washington", "city-washington-dc"], Assert.Single(Places.FindMentions("في واشنطن")).EntityIds);
}
