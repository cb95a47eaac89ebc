using System.Globalization;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Mentions;
using DiplomacyGraph.Domain.Tests.Support;
using Xunit.Abstractions;

namespace DiplomacyGraph.Domain.Tests.Mentions;

public sealed class MentionEvaluationTests(ITestOutputHelper output)
{
    [Fact]
    public void Scores_a_found_entity_outside_the_gold_standard_as_a_false_positive_and_a_missed_one_as_a_false_negative()
    {
        using var sample = new SampleFacts();
        var facts = sample.Validate().Facts;

        var score = Assert.Single(MentionEvaluator.Evaluate(facts, sample.Corpus()).Articles);

        // Every sample entity except the statistic (never matched) is named by its own evidence.
        Assert.Equal(["city-fuzhou", "city-tacoma", "country-china"], score.Gold.Order(StringComparer.Ordinal));
        Assert.Equal(score.Gold.Order(StringComparer.Ordinal), score.Found.Order(StringComparer.Ordinal));

        // Point China's own evidence at a sentence that does not name it and drop its relation:
        // China is still found in the text, but no curated fact in the article names it.
        sample.Files["relations/geography.yaml"] = string.Empty;
        sample.Files["entities/countries.yaml"] = sample.Files["entities/countries.yaml"].Replace(SampleFacts.Span(3), SampleFacts.Span(0), StringComparison.Ordinal);
        var reduced = FactFileReader.Read(sample.Write().DataFolder).Facts;
        var reducedScore = Assert.Single(MentionEvaluator.Evaluate(reduced, sample.Corpus()).Articles);
        Assert.Equal(["country-china"], reducedScore.FalsePositives);
        Assert.Empty(reducedScore.FalseNegatives);
    }

    [Fact]
    public void Reports_precision_and_recall_of_the_mention_matcher_on_the_seed_articles()
    {
        var evaluation = MentionEvaluator.Evaluate(SeedData.Facts.Facts, SeedData.Corpus);
        foreach (var article in evaluation.Articles)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{article.ArticleId}: gold {article.Gold.Count}, found {article.Found.Count}, true positives {article.TruePositives.Count}"));
            output.WriteLine("  false positives: " + string.Join(", ", article.FalsePositives));
            output.WriteLine("  false negatives: " + string.Join(", ", article.FalseNegatives));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"precision {evaluation.Precision:F3} ({evaluation.TruePositives}/{evaluation.TruePositives + evaluation.FalsePositives}), recall {evaluation.Recall:F3} ({evaluation.TruePositives}/{evaluation.TruePositives + evaluation.FalseNegatives})"));

        // Floors a little under the measured figures (README.md): a change that loses matches fails here.
        Assert.True(evaluation.Precision >= 0.97, $"precision {evaluation.Precision:F3}");
        Assert.True(evaluation.Recall >= 0.97, $"recall {evaluation.Recall:F3}");
    }
}
