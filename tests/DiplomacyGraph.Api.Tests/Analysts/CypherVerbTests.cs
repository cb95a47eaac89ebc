using System.Text.Json;
using DiplomacyGraph.Api.Tests.Host;
using DiplomacyGraph.Api.Tests.Infrastructure;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;
using DiplomacyGraph.Host.Commands;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Api.Tests.Analysts;

/// <summary>
/// Every question of cypher/queries/ run through the built host's <c>cypher</c> verb, as an analyst runs it, with
/// the example parameters its header documents. The verb must print exactly the rows Neo4j gives for those
/// parameters (the Domain tests' AnalystQueryTests check those rows against the articles), and they must contain
/// the answer the header's Example names.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class CypherVerbTests(ApiFixture fixture)
{
    private static readonly string QueriesFolder = Path.Combine(RepositoryPaths.Root, "cypher", "queries");

    /// <summary>For each question, a value its header's Example gives as (part of) the answer.</summary>
    private static readonly IReadOnlyDictionary<string, string> DocumentedAnswers = new Dictionary<string, string>
    {
        ["city-twins"] = "Fuzhou",
        ["co-mentioned-entities"] = "United States",
        ["country-relations"] = "LARGEST_TRADING_PARTNER",
        ["event-participants-by-role"] = "Yang Wanming",
        ["event-speakers"] = "Victoria Woodards",
        ["events-in-country"] = "Nanchang",
        ["figure-over-time"] = "2024-07-19",
        ["person-offices"] = "Vice Chairman",
        ["relationship-provenance"] = "001_b4110a3c5ae23741",
        ["series-earlier-editions"] = "Houston",
        ["shared-agreements"] = "Treaty of Good-Neighborliness",
        ["shortest-path"] = "Fujian",
    };

    private static IReadOnlyList<string> QuestionNames =>
        [.. Directory.EnumerateFiles(QueriesFolder, "*.cypher").Select(path => Path.GetFileNameWithoutExtension(path)!).Order(StringComparer.Ordinal)];

    public static TheoryData<string> Questions() => [.. QuestionNames];

    [Fact]
    public void Every_question_has_a_documented_answer_here() =>
        Assert.Equal(QuestionNames, DocumentedAnswers.Keys.Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Questions))]
    public async Task The_verb_prints_the_rows_of_the_documented_example(string question)
    {
        var file = Path.Combine(QueriesFolder, question + ".cypher");
        var text = await File.ReadAllTextAsync(file);
        var example = text.Split('\n').Single(line => line.StartsWith("// Example:", StringComparison.Ordinal));
        var answer = DocumentedAnswers[question];
        Assert.Contains(answer, string.Join(' ', text.Split('\n').SkipWhile(line => line != example).TakeWhile(line => line.StartsWith("//", StringComparison.Ordinal))), StringComparison.Ordinal);

        var (exitCode, output, error) = await RunVerbAsync(file, "--format", "json");

        Assert.True(exitCode == 0, error);
        var printed = JsonDocument.Parse(output).RootElement;
        var expected = await fixture.Cypher.RunAsync(new Statement(text, CypherQueryFile.ExampleParameters(text)));
        Assert.NotEmpty(expected.Records);
        Assert.Equal(Canonical(ExpectedJson(expected)), Canonical(printed));
        Assert.Contains(answer, output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_param_overrides_the_example_and_arabic_is_printed_as_is_in_table_json_and_csv()
    {
        var file = Path.Combine(QueriesFolder, "city-twins.cypher");
        foreach (var format in new[] { "table", "json", "csv" })
        {
            var (exitCode, output, error) = await RunVerbAsync(file, "--param", "city=نانجينغ", "--format", format);

            Assert.True(exitCode == 0, error);
            Assert.Contains("St. Louis", output, StringComparison.Ordinal);
            Assert.Contains("سانت لويس", output, StringComparison.Ordinal);
            Assert.DoesNotContain("Fuzhou", output, StringComparison.Ordinal);
            Assert.DoesNotContain('\u001b', output);
        }
    }

    [Fact]
    public async Task A_statement_with_typed_params_prints_csv()
    {
        var (exitCode, output, error) = await RunVerbAsync("RETURN $n + 1 AS next, $names AS names", "-p", "n:=41", "-p", """names:=["الصين","Russia"]""", "--format", "csv");

        Assert.True(exitCode == 0, error);
        Assert.Equal(["next,names", "42,\"[\"\"الصين\"\",\"\"Russia\"\"]\""], output.TrimEnd().Split('\n').Select(line => line.TrimEnd('\r')));
    }

    [Fact]
    public async Task A_cypher_error_is_neo4js_message_and_exit_code_1()
    {
        var (exitCode, output, error) = await RunVerbAsync("MATCH (n) RETURN m");

        Assert.Equal(1, exitCode);
        Assert.StartsWith("error: Neo.ClientError.Statement.SyntaxError", error, StringComparison.Ordinal);
        Assert.Equal("", output);
    }

    private Task<(int ExitCode, string Output, string Error)> RunVerbAsync(params string[] arguments)
    {
        var server = fixture.Neo4jServer.ClientOptions;
        return HostProcess.RunAsync(
            ["cypher", .. arguments, "--neo4j-uri", server.Uri.ToString(), "--neo4j-user", server.User ?? "neo4j"],
            new Dictionary<string, string> { ["NEO4J_PASSWORD"] = server.Password ?? "" });
    }

    private static JsonElement ExpectedJson(StatementResult result) =>
        JsonSerializer.SerializeToElement(result.Records.Select(record =>
            result.Columns.Select((column, index) => (column, record[index])).ToDictionary(pair => pair.column, pair => pair.Item2)));

    /// <summary>JSON text without formatting, so an indented and a compact rendering of the same rows compare equal.</summary>
    private static string Canonical(JsonElement element) => JsonSerializer.Serialize(element);
}
