using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts;

namespace DiplomacyGraph.Domain.Tests.Support;

/// <summary>
/// A small, valid data folder and corpus written to a temporary folder: one made-up article
/// (our own sentences, not seed text) and facts about it. Tests change one file to provoke one
/// kind of error.
/// </summary>
public sealed class SampleFacts : IDisposable
{
    public const string ArticleId = "a1";

    public static readonly string[] Sentences =
    [
        "زار وفد من مدينة تاكوما الأمريكية مدينة فوتشو الصينية.",
        "وترتبط تاكوما بفوتشو بعلاقة توأمة منذ عام 1994.",
        "وبلغ عدد المدن الشقيقة 284 زوجا.",
        "وتقع فوتشو في الصين.",
    ];

    public static readonly string ArticleText = string.Join('\n', Sentences) + "\n";

    private readonly string root = Path.Combine(Path.GetTempPath(), "dg-facts-" + Guid.NewGuid().ToString("N"));

    public SampleFacts()
    {
        Files = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["articles.yaml"] = $"""
                - id: {ArticleId}
                  title: A made-up article about twin cities
                  language: ar
                  publishedOn: "2024-07-19"
                  evidence: ["{Span(0)}"]
                """,
            ["relationship-types.yaml"] = """
                - type: TWINNED_WITH
                  symmetric: true
                  between: [[City, City], [Subdivision, Subdivision]]
                  properties: [since]
                  description: Sister cities or provinces.
                - type: LOCATED_IN
                  symmetric: false
                  between: [[City, Subdivision], [City, Country]]
                  properties: []
                - type: ABOUT
                  between: [[Statistic, Country]]
                """,
            ["kinds.yaml"] = """
                Subdivision: [province, state]
                Event: [summit, forum]
                """,
            ["entities/cities.yaml"] = $"""
                - id: city-tacoma
                  label: City
                  name: Tacoma
                  nameAr: تاكوما
                  evidence: ["{Span(0)}"]
                - id: city-fuzhou
                  label: City
                  name: Fuzhou
                  nameAr: فوتشو
                  aliases: [Foochow]
                  evidence: ["{Span(0)}"]
                """,
            ["entities/countries.yaml"] = $"""
                - id: country-china
                  label: Country
                  name: China
                  nameAr: الصين
                  evidence: ["{Span(3)}"]
                """,
            ["entities/statistics.yaml"] = $"""
                - id: statistic-sister-city-pairs
                  label: Statistic
                  name: Sister-city pairs
                  nameAr: أزواج المدن الشقيقة
                  metric: sister_city_pairs
                  value: 284
                  qualifier: exact
                  asOf: "2023"
                  evidence: ["{Span(2)}"]
                """,
            ["relations/twins.yaml"] = $"""
                - type: TWINNED_WITH
                  from: city-tacoma
                  to: city-fuzhou
                  since: "1994"
                  evidence: ["{Span(1)}"]
                """,
            ["relations/geography.yaml"] = $"""
                - type: LOCATED_IN
                  from: city-fuzhou
                  to: country-china
                  evidence: ["{Span(3)}"]
                """,
        };
    }

    /// <summary>File name (relative to the data folder) → YAML text; change before calling <see cref="Write"/>.</summary>
    public Dictionary<string, string> Files { get; }

    public string DataFolder => Path.Combine(root, "data");

    public string CorpusFolder => Path.Combine(root, "corpus");

    /// <summary>The evidence span of sentence <paramref name="index"/> of the article.</summary>
    public static string Span(int index)
    {
        var start = ArticleText.IndexOf(Sentences[index], StringComparison.Ordinal);
        return $"{ArticleId}:{start}-{start + Sentences[index].Length}";
    }

    /// <summary>The 1-based line of <paramref name="file"/> that contains <paramref name="marker"/>.</summary>
    public int LineOf(string file, string marker)
    {
        var lines = Files[file].Split('\n');
        var index = Array.FindIndex(lines, line => line.Contains(marker, StringComparison.Ordinal));
        Assert.True(index >= 0, $"'{marker}' is not in {file}");
        return index + 1;
    }

    public SampleFacts Write()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }

        foreach (var (file, text) in Files)
        {
            var path = Path.Combine(DataFolder, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text + "\n");
        }

        Directory.CreateDirectory(CorpusFolder);
        File.WriteAllText(Path.Combine(CorpusFolder, ArticleId + ".txt"), ArticleText);
        return this;
    }

    public ArticleCorpus Corpus() => ArticleCorpus.Load(CorpusFolder);

    /// <summary>Writes the files and reads and validates them against the corpus.</summary>
    public FactReadResult Validate(bool withCorpus = true) =>
        FactValidator.ReadAndValidate(Write().DataFolder, withCorpus ? Corpus() : null);

    public void Dispose()
    {
        if (Directory.Exists(root))
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
