namespace DiplomacyGraph.Neo4j.Schema;

/// <summary>
/// Applies the schema file for the server's dialect (<see cref="ServerDialect.SchemaFileName"/>) from a folder of
/// schema scripts (the repository's <c>cypher/schema/</c>, copied next to the binaries). Every statement in those
/// files is idempotent, so applying at every start-up is safe.
/// </summary>
public sealed class SchemaApplier(Neo4jClient client)
{
    /// <summary>Where builds put <c>cypher/schema/*.cypher</c>: next to the running binaries.</summary>
    public static string DefaultDirectory => Path.Combine(AppContext.BaseDirectory, "cypher", "schema");

    public async Task<SchemaApplyResult> ApplyAsync(string? schemaDirectory = null, CancellationToken cancellationToken = default)
    {
        var server = await client.GetServerInfoAsync(cancellationToken).ConfigureAwait(false);
        var dialect = server.Dialect;
        var file = Path.Combine(schemaDirectory ?? DefaultDirectory, dialect.SchemaFileName);
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"No schema file for Neo4j {server.Version} ({dialect} dialect) at {file}.", file);
        }

        var statements = SchemaScript.Parse(await File.ReadAllTextAsync(file, cancellationToken).ConfigureAwait(false));

        // One request per statement: schema changes cannot share a transaction with data writes on some versions,
        // and a failure then names exactly the statement that failed.
        foreach (var statement in statements)
        {
            await client.RunAsync(new Statement(statement), cancellationToken).ConfigureAwait(false);
        }

        return new SchemaApplyResult(server, file, statements.Count);
    }
}
