using System.CommandLine;
using DiplomacyGraph.Neo4j;
using DiplomacyGraph.Neo4j.Schema;

namespace DiplomacyGraph.Host.Commands;

/// <summary><c>schema apply</c>: create the graph's constraints and indexes (idempotent) on the configured Neo4j.</summary>
public static class SchemaCommand
{
    public static Command Create()
    {
        var apply = new Command("apply", "Apply cypher/schema (the file for the server's version) to the configured Neo4j.");
        apply.SetAction(async (parseResult, cancellationToken) =>
        {
            using var client = new Neo4jClient(Neo4jConnection.ClientOptions(DiplomacyGraphOptions.From(parseResult)));
            await ApplyAsync(client, Console.Out, cancellationToken);
            return 0;
        });

        return new Command("schema", "Manage the graph's constraints and indexes.") { apply };
    }

    /// <summary>Applies the schema and says what was applied; the host also calls this at start-up.</summary>
    public static async Task<SchemaApplyResult> ApplyAsync(Neo4jClient client, TextWriter output, CancellationToken cancellationToken)
    {
        var result = await new SchemaApplier(client).ApplyAsync(cancellationToken: cancellationToken);
        output.WriteLine($"Schema: applied {result.StatementCount} statements from {Path.GetFileName(result.File)} to {result.Server}.");
        return result;
    }
}
