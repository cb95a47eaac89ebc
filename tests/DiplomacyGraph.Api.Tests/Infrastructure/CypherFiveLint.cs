using System.Text.Json;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>
/// Neo4j's own Cypher 5 linter (npm <c>@neo4j-cypher/language-support</c>, <c>lintCypherQuery</c>, offline) over
/// statements, through <c>tests/js/lint-cypher.mjs</c>. No Neo4j 5 runs here; this is how the tests know the
/// Cypher the project emits and ships is still Cypher 5 (no removed functions, no pattern expressions in size(), ...).
/// </summary>
public static class CypherFiveLint
{
    /// <summary>Returns the linter's report (also written to <paramref name="reportFile"/> when given); throws with it when any statement has a diagnostic.</summary>
    public static async Task<string> AssertCleanAsync(IReadOnlyList<LintedStatement> statements, string? reportFile = null)
    {
        var file = Path.Combine(Path.GetTempPath(), $"diplomacygraph-lint-{Environment.ProcessId}-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, JsonSerializer.Serialize(statements.Select(statement => new
        {
            source = statement.Source,
            text = statement.Text,
            parameters = statement.Parameters,
        })));
        try
        {
            // About a second a statement on a quiet machine (181 in a full Api run), three or four times that at load 15+.
            var result = await NodeScripts.RunAsync("lint-cypher.mjs", [file], TimeSpan.FromMinutes(10));
            if (reportFile is not null)
            {
                Directory.CreateDirectory(Path.GetDirectoryName(reportFile)!);
                await File.WriteAllTextAsync(reportFile, result.Output);
            }
            if (result.ExitCode != 0)
            {
                throw new InvalidOperationException($"Cypher 5 lint failed:{Environment.NewLine}{result.Output}");
            }

            return result.Output;
        }
        finally
        {
            File.Delete(file);
        }
    }
}
