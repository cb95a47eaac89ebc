using DiplomacyGraph.Domain.Mentions;

namespace DiplomacyGraph.Domain.Tests.Mentions;

public sealed class MentionResolverTests
{
    private static readonly Gazetteer Places = Gazetteer.Build(
    [
        new GazetteerEntry("subdivision-washington", ["ولاية واشنطن", "واشنطن"]),
        new GazetteerEntry("city-washington-dc", ["واشنطن العاصمة", "واشنطن"]),
        new GazetteerEntry("city-tacoma", ["تاكوما"]),
    ]);

    [Fact]
    public void Counts_mentions_per_entity_with_their_spans()
    {
        const string text = "تاكوما مدينة. وفي تاكوما قمة.";
        var tacoma = Assert.Single(MentionResolver.Resolve(Places.FindMentions(text)));
        Assert.Equal("city-tacoma", tacoma.EntityId);
        Assert.Equal(2, tacoma.Count);
        Assert.All(tacoma.Spans, span => Assert.Equal("تاكوما", text[span.Start..span.End]));
    }

    [Fact]
    public void Gives_an_ambiguous_name_to_the_entity_the_article_names_unambiguously()
    {
        var resolved = MentionResolver.Resolve(Places.FindMentions("تقع تاكوما في ولاية واشنطن. وتنمو واشنطن."));
        var washington = Assert.Single(resolved, m => m.EntityId.Contains("washington", StringComparison.Ordinal));
        Assert.Equal("subdivision-washington", washington.EntityId);
        Assert.Equal(2, washington.Count);
    }

    [Fact]
    public void Keeps_every_reading_of_an_ambiguous_name_when_nothing_decides() =>
        Assert.Equal(
            ["city-washington-dc", "subdivision-washington"],
            MentionResolver.Resolve(Places.FindMentions("وتنمو واشنطن.")).Select(m => m.EntityId));
}
