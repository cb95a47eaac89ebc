using DiplomacyGraph.Domain.Tests.Support;

namespace DiplomacyGraph.Domain.Tests.Facts;

/// <summary>
/// The error kinds <see cref="FactValidatorTests"/> does not provoke, one row each: an edit of the
/// valid sample, and the file, line and message the error must carry.
/// </summary>
public sealed class FactErrorKindTests : IDisposable
{
    private static readonly string Span0 = SampleFacts.Span(0);

    private readonly SampleFacts sample = new();

    public void Dispose() => sample.Dispose();

    public static TheoryData<string, string, string, string, string> Cases => new()
    {
        // file, text to replace ("" appends, "*" replaces the whole file), replacement, a marker on the error's line, part of the message
        { "articles.yaml", "language: ar", "language: ar\n  genre: news", "genre:", "'genre' is not an article property" },
        { "articles.yaml", "", $"- id: a2\n  title: Another article\n  language: ar\n  evidence: [\"{Span0}\"]", "id: a2", "article 'a2' has no file a2.txt in the corpus folder" },
        { "articles.yaml", "", $"- title: Untitled\n  language: ar\n  evidence: [\"{Span0}\"]", "title: Untitled", "the article has no 'id'" },
        { "articles.yaml", "", $"- id: a 2\n  title: Spaced\n  evidence: [\"{Span0}\"]", "id: a 2", "article id 'a 2' must be a file stem" },
        { "entities/cities.yaml", "  name: Tacoma\n", "", "id: city-tacoma", "entity 'city-tacoma' has no English 'name'" },
        { "entities/cities.yaml", "nameAr: تاكوما", "aliases: [تاكوما]", "id: city-tacoma", "entity 'city-tacoma' has no Arabic 'nameAr'" },
        { "entities/cities.yaml", "aliases: [Foochow]", "aliases: [Foochow, \" \"]", "id: city-fuzhou", "entity 'city-fuzhou' has an empty alias" },
        { "entities/cities.yaml", "- id: city-tacoma\n  label: City\n", "- id: city-tacoma\n", "id: city-tacoma", "entity 'city-tacoma' has no 'label'" },
        { "entities/cities.yaml", "", $"- label: City\n  name: Nameless\n  nameAr: تاكوما\n  evidence: [\"{Span0}\"]", "- label: City", "the entity has no 'id'" },
        { "entities/cities.yaml", "", $"- id: City_Olympia\n  label: City\n  name: Olympia\n  nameAr: تاكوما\n  evidence: [\"{Span0}\"]", "id: City_Olympia", "entity id 'City_Olympia' must be lower-case kebab-case" },
        { "entities/countries.yaml", "nameAr: الصين", "nameAr: الصين\n  describedAs: [\" \"]", "describedAs", "has an empty 'describedAs' phrase" },
        { "entities/statistics.yaml", "  value: 284\n", "", "id: statistic-sister-city-pairs", "statistic 'statistic-sister-city-pairs' has no numeric 'value'" },
        { "entities/statistics.yaml", "", $"- id: event-twin-forum\n  label: Event\n  kind: forum\n  name: Twin forum\n  nameAr: تاكوما\n  startDate: \"2024-05\"\n  endDate: \"2024-04-30\"\n  evidence: [\"{Span0}\"]", "endDate:", "'endDate' (2024-04-30) is before 'startDate' (2024-05)" },
        { "kinds.yaml", "Event: [summit, forum]", "Event: [summit, forum]\nevent: [meeting]", "event:", "'event' is not a label that has a kind" },
        { "kinds.yaml", "Event: [summit, forum]", "Event: [summit]\nEvent: [forum]", "Event: [forum]", "YAML syntax error: Duplicate key Event" },
        { "relations/twins.yaml", SampleFacts.Span(1), "a1:10-10", "evidence:", "is empty: its start must be before its end" },
        { "relations/twins.yaml", $"  evidence: [\"{SampleFacts.Span(1)}\"]", "  evidence: []", "type: TWINNED_WITH", "TWINNED_WITH city-tacoma → city-fuzhou has no evidence span" },
        { "relations/twins.yaml", "to: city-fuzhou", "to: city-tacoma", "type: TWINNED_WITH", "connects 'city-tacoma' to itself" },
        { "relations/twins.yaml", "- type: TWINNED_WITH\n  from: city-tacoma\n", "- from: city-tacoma\n", "- from: city-tacoma", "the relation has no 'type'" },
        { "relations/twins.yaml", "  to: city-fuzhou\n", "", "type: TWINNED_WITH", "the TWINNED_WITH relation has no 'to'" },
        { "relationship-types.yaml", "- type: ABOUT\n", "- between: [[Statistic, Country]]\n- type: ABOUT\n", "- between: [[Statistic, Country]]", "the relationship type has no 'type'" },
        { "relationship-types.yaml", "", "- type: twinnedWith\n  between: [[City, City]]", "type: twinnedWith", "relationship type 'twinnedWith' must be written in UPPER_SNAKE_CASE" },
        { "relationship-types.yaml", "", "- between: [[Statistic, City]]\n  type: ABOUT", "between: [[Statistic, City]]", "relationship type 'ABOUT' is already defined at line" },
        { "relationship-types.yaml", "", "- type: NEAR\n  between: []", "type: NEAR", "relationship type 'NEAR' has no 'between' pairs" },
        { "relationship-types.yaml", "", "- type: NEAR\n  between: [[City, Planet]]", "type: NEAR", "relationship type 'NEAR' names unknown label 'Planet'" },
        { "relationship-types.yaml", "", "- type: NEAR\n  between: [[City, City]]\n  inverse: FAR", "inverse: FAR", "unknown key 'inverse'" },
        { "relationship-types.yaml", "", "- type: NEAR\n  between: City", "between: City", "'between' must be a list of [FromLabel, ToLabel] pairs" },
        { "relationship-types.yaml", "", "- type: NEAR\n  between: [[City]]", "between: [[City]]", "each item of 'between' must be a [FromLabel, ToLabel] pair" },
        { "relationship-types.yaml", "", "- type: NEAR\n  between: [[City, City]]\n  properties: since", "properties: since", "'properties' must be a list of property names" },
        { "relationship-types.yaml", "", "- type: NEAR\n  between: [[City, City]]\n  properties: [[since]]", "properties: [[since]]", "each item of 'properties' must be a property name" },
        { "entities/countries.yaml", "", "---\n- id: country-cathay", "id: country-cathay", "the file holds more than one YAML document" },
        { "entities/countries.yaml", "*", "country-china: China", "country-china: China", "the file must hold a YAML list of entries" },
        { "entities/countries.yaml", "", "- just a text", "just a text", "a list entry must be a mapping of keys to values" },
        { "entities/countries.yaml", "", "- [id]: country-cathay", "[id]", "a key must be a plain name" },
        { "kinds.yaml", "Subdivision: [province, state]\nEvent: [summit, forum]", "- Subdivision\n- Event", "- Subdivision", "the file must hold a YAML mapping of keys to values" },
        { "entities/countries.yaml", "name: China", "name: [China]", "name: [China]", "'name' must be a single value, not a list or mapping" },
        { "entities/cities.yaml", "aliases: [Foochow]", "aliases: Foochow", "aliases: Foochow", "'aliases' must be a list, e.g. [a, b]" },
        { "entities/cities.yaml", "aliases: [Foochow]", "aliases: [[Foochow]]", "aliases: [[Foochow]]", "each item of 'aliases' must be a single text value" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reports_the_error_at_the_file_and_line_at_fault(string file, string old, string replacement, string marker, string messagePart)
    {
        if (old.Length == 0)
        {
            sample.Files[file] += "\n" + replacement;
        }
        else if (old == "*")
        {
            sample.Files[file] = replacement;
        }
        else
        {
            Assert.Contains(old, sample.Files[file], StringComparison.Ordinal);
            sample.Files[file] = sample.Files[file].Replace(old, replacement, StringComparison.Ordinal);
        }

        var errors = sample.Validate().Errors;

        var line = sample.LineOf(file, marker);
        Assert.True(
            errors.Any(error => error.File == file && error.Line == line && error.Message.Contains(messagePart, StringComparison.Ordinal)),
            $"No error at {file}:{line} containing \"{messagePart}\"; got:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
    }

    [Theory]
    [InlineData("entities")]
    [InlineData("relations")]
    public void Reports_a_missing_folder(string folder)
    {
        foreach (var file in sample.Files.Keys.Where(file => file.StartsWith(folder + "/", StringComparison.Ordinal)).ToList())
        {
            sample.Files.Remove(file);
        }

        var errors = sample.Validate().Errors;

        Assert.Contains(errors, error => error.File == folder && error.Line == 0 && error.Message == "the folder is missing");
    }

    [Fact]
    public void Reports_a_missing_data_folder()
    {
        var folder = Path.Combine(sample.DataFolder, "nowhere");

        var error = Assert.Single(DiplomacyGraph.Domain.Facts.FactValidator.ReadAndValidate(folder, corpus: null).Errors);

        Assert.Equal((folder, 0, "the data folder does not exist"), (error.File, error.Line, error.Message));
    }
}
