using DiplomacyGraph.Domain.Export;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Tests.Support;

namespace DiplomacyGraph.Domain.Tests.Export;

/// <summary>
/// An export into a copy of the real fact files (no Neo4j: the curated state is given): each edit
/// lands in the right file, in that file's layout, and the rest of every file stays byte for byte.
/// </summary>
public sealed class SeedFactExportTests : IDisposable
{
    private const string Beijing = "city-beijing";
    private const string Span = "000_2a62da6a5c15cfd4:0-228";

    private readonly DirectoryInfo _copy = Directory.CreateTempSubdirectory("dg-seed-export-");

    public SeedFactExportTests()
    {
        foreach (var source in Directory.EnumerateFiles(SeedData.DataFolder, "*.*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(_copy.FullName, Path.GetRelativePath(SeedData.DataFolder, source));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(source, target);
        }
    }

    [Fact]
    public void Edits_land_in_the_files_own_layout_and_leave_the_rest_as_written()
    {
        var tacoma = SeedData.Facts.Facts.Entities.Single(entity => entity.Id == "city-tacoma");
        var state = new CuratedState(
            [
                new CuratedEntity(tacoma.Id, tacoma.Label, new Dictionary<string, object?>
                {
                    ["name"] = tacoma.Name, ["nameAr"] = tacoma.NameAr, ["origin"] = "curation", ["matchKeys"] = new List<object?> { "x" },
                    ["aliases"] = tacoma.Aliases.Append("Tacoma, Washington").Cast<object?>().ToList(),
                    ["evidence"] = tacoma.Evidence.Select(span => (object?)span.ToString()).ToList(),
                }),
                new CuratedEntity("organization-friendship-cities", "Organization", new Dictionary<string, object?>
                {
                    ["name"] = "Friendship Cities", ["nameAr"] = "المدن الأخوة", ["kind"] = "association",
                    ["evidence"] = new List<object?> { Span }, ["sources"] = new List<object?> { "000_2a62da6a5c15cfd4" },
                }),
            ],
            [new CuratedRelationship($"LOCATED_IN:{Beijing}:country-china", "LOCATED_IN", Beijing, "country-china", new Dictionary<string, object?> { ["evidence"] = new List<object?> { Span } })],
            ["LOCATED_IN:city-nanjing:country-china", "not-in-the-files"]);
        var before = Snapshot();

        var result = FactExporter.Export(state, _copy.FullName, SeedData.Corpus);

        Assert.True(result.Succeeded, string.Join("; ", result.Errors));
        Assert.Equal(["entities/cities.yaml", "entities/organizations.yaml", "relations/geography.yaml"], result.ChangedFiles);
        var after = Snapshot();
        foreach (var file in before.Keys.Except(result.ChangedFiles))
        {
            Assert.Equal(before[file], after[file]);
        }

        Assert.Equal(
            Lines(before["entities/cities.yaml"]).Select(line => line == "  aliases: [مدينة تاكوما]" ? "  aliases: [مدينة تاكوما, \"Tacoma, Washington\"]" : line),
            Lines(after["entities/cities.yaml"]));
        Assert.Equal(
            [.. Lines(before["entities/organizations.yaml"]), "", "- id: organization-friendship-cities", "  label: Organization", "  kind: association",
             "  name: Friendship Cities", "  nameAr: المدن الأخوة", "  evidence:", $"    - \"{Span}\""],
            Lines(after["entities/organizations.yaml"]));
        Assert.Equal(
            [.. Lines(before["relations/geography.yaml"]).Where(line => !line.Contains("from: city-nanjing, to: country-china", StringComparison.Ordinal)),
             $"- {{type: LOCATED_IN, from: {Beijing}, to: country-china, evidence: [\"{Span}\"]}}"],
            Lines(after["relations/geography.yaml"]));
        Assert.Empty(FactValidator.ReadAndValidate(_copy.FullName, SeedData.Corpus).Errors);
    }

    private Dictionary<string, string> Snapshot() =>
        Directory.EnumerateFiles(_copy.FullName, "*.yaml", SearchOption.AllDirectories)
            .ToDictionary(path => Path.GetRelativePath(_copy.FullName, path).Replace('\\', '/'), File.ReadAllText);

    private static List<string> Lines(string text) => [.. text.TrimEnd('\n').Split('\n')];

    public void Dispose() => _copy.Delete(recursive: true);
}
