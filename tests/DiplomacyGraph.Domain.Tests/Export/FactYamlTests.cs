using DiplomacyGraph.Domain.Export;
using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Tests.Export;

/// <summary>What <see cref="FactYaml"/> writes, the fact-file reader reads back as the same values, in block and in flow style.</summary>
public sealed class FactYamlTests
{
    private static readonly List<KeyValuePair<string, object>> Tricky =
    [
        new("id", "event-tricky-1"),
        new("label", "Event"),
        new("name", "A: colon, comma and \"quotes\""),
        new("nameAr", "قمة المدن، الثانية"),
        new("aliases", new List<string> { "true", "null", "2024", "a, b", "# not a comment", "- dash", "Plain one", "trailing " }),
        new("startDate", "2024-07"),
        new("edition", 6L),
        new("virtual", false),
        new("description", "line one\nline two \\ backslash"),
        new("evidence", new List<string> { "a1:0-10", "a1:11-20" }),
    ];

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Written_values_read_back_unchanged(bool flow)
    {
        var folder = Directory.CreateTempSubdirectory("dg-factyaml-");
        try
        {
            Directory.CreateDirectory(Path.Combine(folder.FullName, "entities"));
            var text = flow ? FactYaml.Flow(Tricky) : FactYaml.Block(Tricky) + "\n" + FactYaml.Block(Tricky);
            File.WriteAllText(Path.Combine(folder.FullName, "entities", "events.yaml"), text);

            var read = FactFileReader.Read(folder.FullName);

            Assert.DoesNotContain(read.Errors, error => error.File.StartsWith("entities", StringComparison.Ordinal));
            var entity = read.Facts.Entities[0];
            Assert.Equal("event-tricky-1", entity.Id);
            Assert.Equal(Tricky[2].Value, entity.Name);
            Assert.Equal(Tricky[3].Value, entity.NameAr);
            Assert.Equal((List<string>)Tricky[4].Value, entity.Aliases);
            Assert.Equal("2024-07", entity.Property("startDate")!.Value);
            Assert.Equal(6L, entity.Property("edition")!.Value);
            Assert.Equal(false, entity.Property("virtual")!.Value);
            Assert.Equal(Tricky[8].Value, entity.Property("description")!.Value);
            Assert.Equal(["a1:0-10", "a1:11-20"], entity.Evidence.Select(span => span.ToString()));
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Names_and_ids_stay_unquoted_and_dates_and_spans_quoted()
    {
        var text = FactYaml.Flow([new("type", "LOCATED_IN"), new("from", "city-beijing"), new("since", "1994"), new("evidence", new List<string> { "a1:0-10" })]);

        Assert.Equal("- {type: LOCATED_IN, from: city-beijing, since: \"1994\", evidence: [\"a1:0-10\"]}\n", text);
    }
}
