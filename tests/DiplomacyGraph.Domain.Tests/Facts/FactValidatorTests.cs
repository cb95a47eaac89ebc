using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Mentions;
using DiplomacyGraph.Domain.Tests.Support;

namespace DiplomacyGraph.Domain.Tests.Facts;

public sealed class FactValidatorTests : IDisposable
{
    private readonly SampleFacts sample = new();

    public void Dispose() => sample.Dispose();

    private void AssertSingleError(string file, string marker, string messagePart)
    {
        var errors = sample.Validate().Errors;
        var error = Assert.Single(errors);
        Assert.Equal(file, error.File);
        Assert.Equal(sample.LineOf(file, marker), error.Line);
        Assert.Contains(messagePart, error.Message, StringComparison.Ordinal);
    }

    private void Append(string file, string yaml) => sample.Files[file] += "\n" + yaml;

    private void Replace(string file, string old, string replacement)
    {
        Assert.Contains(old, sample.Files[file], StringComparison.Ordinal);
        sample.Files[file] = sample.Files[file].Replace(old, replacement, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_the_valid_sample()
    {
        var result = sample.Validate();
        Assert.Empty(result.Errors);
        Assert.Equal(4, result.Facts.Entities.Count);
        Assert.Equal(2, result.Facts.Relations.Count);
    }

    [Fact]
    public void Keeps_the_file_and_line_of_every_entity_relation_and_span()
    {
        var facts = sample.Validate().Facts;
        var fuzhou = Assert.Single(facts.Entities, e => e.Id == "city-fuzhou");
        Assert.Equal(new SourceLocation("entities/cities.yaml", sample.LineOf("entities/cities.yaml", "id: city-fuzhou")), fuzhou.Location);
        Assert.Equal(sample.LineOf("entities/cities.yaml", "Foochow") + 1, Assert.Single(fuzhou.Evidence).Location.Line);
        var twins = Assert.Single(facts.Relations, r => r.Type == "TWINNED_WITH");
        Assert.Equal(new SourceLocation("relations/twins.yaml", 1), twins.Location);
        Assert.Equal("1994", twins.Property("since")?.Value);
    }

    [Fact]
    public void Reports_yaml_syntax_errors_with_their_line()
    {
        Append("entities/cities.yaml", "- id: city-broken\n  aliases: [unclosed, list\n");
        var error = Assert.Single(sample.Validate().Errors);
        Assert.Equal("entities/cities.yaml", error.File);
        Assert.StartsWith("YAML syntax error", error.Message, StringComparison.Ordinal);
        Assert.True(error.Line >= sample.LineOf("entities/cities.yaml", "unclosed"));
    }

    [Fact]
    public void Reports_an_unknown_label()
    {
        Replace("entities/countries.yaml", "label: Country", "label: Nation");
        AssertSingleError("entities/countries.yaml", "id: country-china", "unknown label 'Nation'");
    }

    [Fact]
    public void Reports_an_unknown_kind()
    {
        Append("entities/statistics.yaml", $"""
            - id: event-twin-summit
              label: Event
              kind: sports
              name: Twin-city summit
              nameAr: قمة
              evidence: ["{SampleFacts.Span(0)}"]
            """);
        var errors = sample.Validate().Errors;
        Assert.Contains(errors, e => e.Line == sample.LineOf("entities/statistics.yaml", "kind: sports") && e.Message.Contains("'sports' is not a kind of Event (kinds in kinds.yaml: summit, forum)", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_a_kinds_list_for_a_label_without_kinds()
    {
        sample.Files["kinds.yaml"] += "\nCity: [capital]";
        AssertSingleError("kinds.yaml", "City:", "'City' is not a label that has a kind");
    }

    [Fact]
    public void Reports_an_unknown_qualifier()
    {
        Replace("entities/statistics.yaml", "qualifier: exact", "qualifier: roughly");
        AssertSingleError("entities/statistics.yaml", "qualifier: roughly", "'roughly' is not a qualifier");
    }

    [Fact]
    public void Reports_a_property_the_label_does_not_have()
    {
        Replace("entities/cities.yaml", "  name: Tacoma", "  name: Tacoma\n  theme: Friendship");
        AssertSingleError("entities/cities.yaml", "theme: Friendship", "'theme' is not a property of a City");
    }

    [Fact]
    public void Reports_a_value_that_is_not_a_number()
    {
        Replace("entities/statistics.yaml", "value: 284", "value: many");
        var errors = sample.Validate().Errors;
        Assert.Contains(errors, e => e.Line == sample.LineOf("entities/statistics.yaml", "value: many") && e.Message.Contains("'value' must be a number", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("1994-13")]
    [InlineData("2023-02-30")]
    [InlineData("July 1994")]
    public void Reports_dates_that_do_not_parse(string date)
    {
        Replace("relations/twins.yaml", "since: \"1994\"", $"since: \"{date}\"");
        AssertSingleError("relations/twins.yaml", "since:", $"'since' is '{date}', which is not a date");
    }

    [Fact]
    public void Reports_an_id_used_twice()
    {
        Append("entities/countries.yaml", $"""
            - id: city-tacoma
              label: Country
              name: Tacoma again
              nameAr: تاكوما
              evidence: ["{SampleFacts.Span(0)}"]
            """);
        var errors = sample.Validate().Errors;
        Assert.Contains(errors, e => e.File == "entities/countries.yaml" && e.Line == sample.LineOf("entities/countries.yaml", "id: city-tacoma")
            && e.Message.Contains("id 'city-tacoma' is already used at entities/cities.yaml:1", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_an_entity_id_that_does_not_start_with_its_label()
    {
        Replace("entities/countries.yaml", "id: country-china", "id: nation-china");
        Replace("relations/geography.yaml", "to: country-china", "to: nation-china");
        AssertSingleError("entities/countries.yaml", "id: nation-china", "must start with 'country-'");
    }

    [Fact]
    public void Reports_a_reference_that_does_not_resolve()
    {
        Replace("relations/geography.yaml", "to: country-china", "to: country-cathay");
        AssertSingleError("relations/geography.yaml", "type: LOCATED_IN", "'to: country-cathay' of the LOCATED_IN relation is not the id of any entity or article");
    }

    [Fact]
    public void Reports_a_relationship_type_used_between_labels_it_does_not_connect()
    {
        Replace("relations/geography.yaml", "from: city-fuzhou", "from: statistic-sister-city-pairs");
        Replace("relations/geography.yaml", SampleFacts.Span(3), SampleFacts.Span(2) + "\", \"" + SampleFacts.Span(3));
        AssertSingleError("relations/geography.yaml", "type: LOCATED_IN", "LOCATED_IN may not go from Statistic 'statistic-sister-city-pairs' to Country 'country-china'");
    }

    [Fact]
    public void Reports_an_undefined_relationship_type()
    {
        Replace("relations/geography.yaml", "type: LOCATED_IN", "type: SITUATED_IN");
        AssertSingleError("relations/geography.yaml", "type: SITUATED_IN", "unknown relationship type 'SITUATED_IN'");
    }

    [Fact]
    public void Refuses_mentions_written_by_hand()
    {
        Replace("relations/geography.yaml", "type: LOCATED_IN", "type: MENTIONS");
        AssertSingleError("relations/geography.yaml", "type: MENTIONS", "computed by the loader");
    }

    [Fact]
    public void Reports_a_property_the_relationship_type_does_not_have()
    {
        Replace("relations/geography.yaml", "to: country-china", "to: country-china\n  since: \"1994\"");
        AssertSingleError("relations/geography.yaml", "since:", "'since' is not a property of LOCATED_IN (allowed: none)");
    }

    [Fact]
    public void Reports_a_relation_property_that_holds_an_entity_id()
    {
        Replace("relations/twins.yaml", "since: \"1994\"", "since: \"1994\"\n  via: country-china");
        Replace("relationship-types.yaml", "properties: [since]", "properties: [since, via]");
        AssertSingleError("relations/twins.yaml", "via: country-china", "holds an entity id");
    }

    [Fact]
    public void Reports_a_symmetric_relation_written_twice_in_opposite_directions()
    {
        Append("relations/twins.yaml", $"""
            - type: TWINNED_WITH
              from: city-fuzhou
              to: city-tacoma
              evidence: ["{SampleFacts.Span(1)}"]
            """);
        var lines = sample.Files["relations/twins.yaml"].Split('\n');
        var secondEntry = Array.FindLastIndex(lines, line => line.Contains("type: TWINNED_WITH", StringComparison.Ordinal)) + 1;
        var error = Assert.Single(sample.Validate().Errors);
        Assert.Equal(secondEntry, error.Line);
        Assert.Contains("is already written at relations/twins.yaml:1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Reports_a_name_claimed_by_two_entities_of_the_same_label()
    {
        Replace("entities/cities.yaml", "aliases: [Foochow]", "aliases: [Foochow, TACOMA]");
        AssertSingleError("entities/cities.yaml", "id: city-fuzhou", "the name 'TACOMA' of 'city-fuzhou' is also claimed by City 'city-tacoma'");
    }

    [Fact]
    public void Allows_entities_of_different_labels_to_share_a_name()
    {
        Replace("entities/countries.yaml", "name: China", "name: China\n  aliases: [Tacoma]");
        Assert.Empty(sample.Validate().Errors);
    }

    [Fact]
    public void Reports_an_entity_without_evidence()
    {
        Replace("entities/countries.yaml", $"evidence: [\"{SampleFacts.Span(3)}\"]", "evidence: []");
        AssertSingleError("entities/countries.yaml", "id: country-china", "has no evidence span");
    }

    [Fact]
    public void Reports_a_span_past_the_end_of_its_article()
    {
        var end = SampleFacts.ArticleText.Length + 5;
        Replace("relations/twins.yaml", SampleFacts.Span(1), $"{SampleFacts.ArticleId}:10-{end}");
        AssertSingleError("relations/twins.yaml", "evidence:", $"ends past the end of the article, which has {SampleFacts.ArticleText.Length} characters");
    }

    [Fact]
    public void Reports_a_span_into_an_unknown_article()
    {
        Replace("relations/twins.yaml", SampleFacts.Span(1), "a9:0-10");
        AssertSingleError("relations/twins.yaml", "evidence:", "'a9', which is not an article");
    }

    [Fact]
    public void Reports_a_malformed_span()
    {
        Replace("relations/twins.yaml", SampleFacts.Span(1), "a1 from 0 to 10");
        var errors = sample.Validate().Errors;
        Assert.Contains(errors, e => e.Line == sample.LineOf("relations/twins.yaml", "evidence:") && e.Message.Contains("is not of the form articleId:start-end", StringComparison.Ordinal));
    }

    [Fact]
    public void Reports_evidence_that_does_not_name_an_entity_of_the_fact()
    {
        Replace("relations/geography.yaml", SampleFacts.Span(3), SampleFacts.Span(0));
        AssertSingleError("relations/geography.yaml", "type: LOCATED_IN", "does not name 'country-china'");
    }

    [Fact]
    public void Accepts_evidence_that_refers_to_an_entity_by_a_described_as_phrase_which_the_mention_matcher_ignores()
    {
        // Sentence 0 calls Fuzhou "Chinese" (الصينية) but never names China.
        Replace("relations/geography.yaml", SampleFacts.Span(3), SampleFacts.Span(0));
        Replace("entities/countries.yaml", "nameAr: الصين", "nameAr: الصين\n  describedAs: [الصينية]");

        var result = sample.Validate();

        Assert.Empty(result.Errors);
        var china = Assert.Single(result.Facts.Entities, entity => entity.Id == "country-china");
        Assert.Equal(["الصينية"], china.DescribedAs);
        Assert.DoesNotContain("الصينية", china.Names);
        var mentions = MentionGazetteer.Build(result.Facts.Entities).FindMentions(SampleFacts.Sentences[0]);
        Assert.DoesNotContain(mentions, mention => mention.EntityIds.Contains("country-china"));
    }

    [Fact]
    public void Reports_a_described_as_phrase_that_is_also_a_name()
    {
        Replace("entities/countries.yaml", "nameAr: الصين", "nameAr: الصين\n  describedAs: [الصين]");
        AssertSingleError("entities/countries.yaml", "describedAs", "is both a name and a 'describedAs' phrase");
    }

    [Fact]
    public void Accepts_a_name_written_with_clitic_prefixes_in_the_evidence()
    {
        // Sentence 1 writes Fuzhou as "بفوتشو"; the relation's only span is that sentence.
        var result = sample.Validate();
        Assert.Empty(result.Errors);
        Assert.Contains("بفوتشو", SampleFacts.Sentences[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_a_statistic_named_by_its_value()
    {
        Assert.DoesNotContain("أزواج", SampleFacts.Sentences[2], StringComparison.Ordinal);
        Assert.Empty(sample.Validate().Errors);
    }

    [Fact]
    public void Skips_the_text_checks_without_a_corpus()
    {
        Replace("relations/geography.yaml", SampleFacts.Span(3), SampleFacts.Span(0));
        Assert.Empty(sample.Validate(withCorpus: false).Errors);
        Assert.NotEmpty(sample.Validate(withCorpus: true).Errors);
    }

    [Fact]
    public void Collects_every_error_not_only_the_first()
    {
        Replace("entities/countries.yaml", "label: Country", "label: Nation");
        Replace("relations/twins.yaml", "since: \"1994\"", "since: \"1994-13\"");
        Replace("entities/statistics.yaml", "qualifier: exact", "qualifier: roughly");
        var errors = sample.Validate().Errors;
        Assert.Equal(3, errors.Count);
        Assert.Equal(["entities/countries.yaml", "entities/statistics.yaml", "relations/twins.yaml"], errors.Select(e => e.File));
    }

    [Fact]
    public void Reports_a_missing_relationship_types_file()
    {
        sample.Files.Remove("relationship-types.yaml");
        var errors = sample.Validate().Errors;
        Assert.Contains(errors, e => e.File == "relationship-types.yaml" && e.Message == "the file is missing");
    }
}
