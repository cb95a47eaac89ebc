using DiplomacyGraph.Neo4j.Schema;
using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

[Collection(Neo4jCollection.Name)]
public sealed class SchemaTests(Neo4jFixture fixture)
{
    private static readonly string[] EntityLabels = ["Country", "Subdivision", "City", "Person", "Organization", "Agreement", "Event", "Statistic"];

    [Fact]
    public async Task Applying_the_schema_twice_changes_nothing_the_second_time()
    {
        var applier = new SchemaApplier(fixture.Client);
        var dialect = fixture.Server.ServerInfo.Dialect;

        var first = await applier.ApplyAsync();
        var constraintsAfterFirst = await DescriptionsAsync(dialect.ListConstraints);
        var indexesAfterFirst = await DescriptionsAsync(dialect.ListIndexes);
        var second = await applier.ApplyAsync();

        Assert.Equal(dialect.SchemaFileName, Path.GetFileName(first.File));
        Assert.Equal(first.StatementCount, second.StatementCount);
        Assert.Equal(constraintsAfterFirst, await DescriptionsAsync(dialect.ListConstraints));
        Assert.Equal(indexesAfterFirst, await DescriptionsAsync(dialect.ListIndexes));
        // Entity and Article ids, each label's ids, curation's lock keys and removal markers, the search index's
        // words, and the history's change ids and per-item History nodes.
        Assert.Equal(2 + EntityLabels.Length + 2 + 1 + 2, constraintsAfterFirst.Count);
    }

    [Fact]
    public async Task Ids_are_unique_within_each_entity_label_and_across_entities()
    {
        await fixture.CleanDatabaseAsync();
        foreach (var label in EntityLabels)
        {
            await fixture.Client.RunAsync(new Statement($"CREATE (:{label} {{id: 'same'}})"));
            var error = await Assert.ThrowsAsync<ClientException>(() => fixture.Client.RunAsync(new Statement($"CREATE (:{label} {{id: 'same'}})")));
            Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", error.Code);
        }

        await fixture.Client.RunAsync(new Statement("CREATE (:Entity:Person {id: 'entity:1'})"));
        var acrossLabels = await Assert.ThrowsAsync<ClientException>(() => fixture.Client.RunAsync(new Statement("CREATE (:Entity:City {id: 'entity:1'})")));
        Assert.Equal("Neo.ClientError.Schema.ConstraintValidationFailed", acrossLabels.Code);
    }

    [Fact]
    public async Task Every_entity_label_has_name_and_arabic_name_indexes()
    {
        var indexes = await DescriptionsAsync(new Statement(fixture.Server.ServerInfo.Dialect == ServerDialect.Neo4j3
            ? "CALL db.indexes() YIELD description RETURN description"
            : "SHOW INDEXES YIELD labelsOrTypes, properties RETURN labelsOrTypes[0] + '(' + properties[0] + ')' AS description"));
        var text = string.Join("\n", indexes);

        foreach (var label in EntityLabels.Append("Entity"))
        {
            Assert.Contains($"{label}(name)", text, StringComparison.Ordinal);
            Assert.Contains($"{label}(nameAr)", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Schema_scripts_split_into_statements_skipping_comments_and_joining_lines()
    {
        var statements = SchemaScript.Parse("""
            // a comment; with a semicolon
            CREATE CONSTRAINT ON (n:A) ASSERT n.id IS UNIQUE;

            CREATE INDEX
              ON :A(name);
            """);

        Assert.Equal(["CREATE CONSTRAINT ON (n:A) ASSERT n.id IS UNIQUE", "CREATE INDEX ON :A(name)"], statements);
    }

    [Fact]
    public void A_schema_script_with_an_unterminated_statement_is_refused()
    {
        var error = Assert.Throws<FormatException>(() => SchemaScript.Parse("CREATE INDEX ON :A(name)"));

        Assert.Contains("CREATE INDEX ON :A(name)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Both_dialects_schema_files_declare_the_same_rules()
    {
        var three = SchemaScript.Parse(File.ReadAllText(Path.Combine(SchemaApplier.DefaultDirectory, ServerDialect.Neo4j3.SchemaFileName)));
        var five = SchemaScript.Parse(File.ReadAllText(Path.Combine(SchemaApplier.DefaultDirectory, ServerDialect.Neo4j5.SchemaFileName)));

        Assert.Equal(three.Count, five.Count);
        Assert.All(five, statement => Assert.Contains("IF NOT EXISTS", statement, StringComparison.Ordinal));
    }

    private async Task<IReadOnlyList<string>> DescriptionsAsync(Statement statement) =>
        (await fixture.Client.RunAsync(statement)).Records.Select(record => record.Get<string>("description")).Order(StringComparer.Ordinal).ToList();
}
