using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Api.Tests.Schema;

/// <summary>The SDL → graph model step: mappings it accepts, mistakes it stops at start-up with a message naming the field.</summary>
public sealed class SchemaMappingTests
{
    private const string Base = """
        interface Node { id: ID! }
        type Query { ping: String }
        """;

    [Fact]
    public void Fields_are_inherited_from_interfaces_with_their_mapping_and_description()
    {
        var model = Build("""
            interface Named @node(labels: ["Named"]) { "The name." name: String! friends: [Named!]! @relationship(type: "KNOWS", direction: BOTH) }
            type Person implements Named & Node @node(labels: ["Person", "Named"], plural: "people") { id: ID! name: String! }
            """);
        var person = model.GetType("Person");
        Assert.Equal(["id", "name", "friends"], person.Fields.Select(field => field.Name).OrderBy(name => name == "friends").ThenBy(name => name != "id"));
        Assert.Equal("The name.", person.GetField("name").Definition.Description?.Value);
        Assert.Equal(new RelationshipMapping("KNOWS", RelationshipDirection.Both, null), person.GetField("friends").Mapping);
        Assert.Equal("Named", person.GetField("friends").DeclaringType);
        Assert.Equal("people", person.RootFieldName);
        Assert.Equal(["Person"], model.GetType("Named").PossibleTypes.Select(type => type.Name));
    }

    [Theory]
    [InlineData("type City @node { id: ID! twins: [City!]! @relationship(type: \"T`) DETACH DELETE n //\", direction: OUT) }", "is not a plain identifier")]
    [InlineData("type City @node(labels: [\"City:Admin\"]) { id: ID! }", "'City:Admin' is not a plain identifier")]
    [InlineData("type City @node { id: ID! country: Country @relationship(type: \"IN\", direction: OUT) } type Country { name: String }", "City.country: the type 'Country' must be a @node type")]
    [InlineData("type City @node { id: ID! twins: [City!]! @relationship(type: \"T\", direction: OUT, properties: \"Nope\") }", "must name an object type marked @relationshipProperties")]
    [InlineData("type City @node { id: ID! country: City }", "City.country: a field of object type on a node needs @relationship, @lookup or @cypher")]
    [InlineData("type City @node { id: ID! n: Int @cypher(statement: \"1\") @lookup(key: \"id\", values: \"this.x\") }", "use one of @relationship, @cypher and @lookup, not several")]
    [InlineData("type City @node { id: ID! } type Cities @node(plural: \"cities\") { id: ID! }", "would both get the root field 'cities'")]
    [InlineData("type City @node { id: ID! } extend type City { name: String }", "extensions are not supported")]
    public void A_mapping_mistake_stops_with_a_message_naming_it(string sdl, string message)
    {
        var error = Assert.Throws<SchemaDefinitionException>(() => Build(sdl));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("MATCH (n) RETURN n", "must end with 'RETURN <expression> AS this'")]
    [InlineData("MATCH (n) WITH n", "no RETURN found")]
    [InlineData("MATCH (n) RETURN n AS this ORDER BY n.name", "must end with 'RETURN <expression> AS this'")]
    public void A_root_cypher_statement_must_end_by_returning_this(string statement, string message)
    {
        var error = Assert.Throws<SchemaDefinitionException>(() =>
            GraphModelBuilder.Build(Parser.Parse($$"""type Query { x: Int @cypher(statement: "{{statement}}") }""")));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_return_inside_a_string_or_comment_is_not_the_final_return()
    {
        var statement = RootCypherStatement.Parse("MATCH (n) WHERE n.note <> 'RETURN x AS this' // RETURN y AS this\nRETURN count(n) AS this", "Query.x");
        Assert.Equal("count(n)", statement.ReturnExpression);
        Assert.EndsWith("// RETURN y AS this\n", statement.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Augmentation_generates_the_hotchocolate_operations_for_each_node_type()
    {
        var api = ApiSchemaAugmenter.Augment(Build("""
            type City implements Node @node(plural: "cities") { id: ID! name: String aliases: [String!] twins(note: Int): [City!]! @relationship(type: "TWINNED_WITH", direction: BOTH, properties: "Twinning") }
            type Twinning @relationshipProperties { since: String }
            """));
        var types = api.Document.Definitions.OfType<TypeDefinitionNode>().ToDictionary(type => type.Name.Value);
        var query = (ObjectTypeDefinitionNode)types["Query"];
        var cities = query.Fields.Single(field => field.Name.Value == "cities");
        var printed = Printer.Print(api.Document);

        Assert.Equal(["first", "after", "last", "before", "where", "order"], cities.Arguments.Select(argument => argument.Name.Value));
        Assert.Equal("[CitySortInput!]", Printer.Print(cities.Arguments[5].Type));
        Assert.Equal("CitiesConnection", Printer.Print(cities.Type));
        Assert.Contains(query.Fields, field => field.Name.Value == "node");
        Assert.Contains(query.Fields, field => field.Name.Value == "nodes");
        var twins = ((ObjectTypeDefinitionNode)types["City"]).Fields.Single(field => field.Name.Value == "twins");
        Assert.Equal("CityTwinsConnection!", Printer.Print(twins.Type));
        Assert.Equal("CityTwinningFilterInput", Printer.Print(twins.Arguments.Single(argument => argument.Name.Value == "where").Type));
        Assert.Contains("twins: ListFilterInputTypeOfCityTwinningFilterInput", printed, StringComparison.Ordinal);
        Assert.Contains("edge: TwinningFilterInput", printed, StringComparison.Ordinal);
        Assert.Contains("aliases: ListStringOperationFilterInput", printed, StringComparison.Ordinal);
        Assert.Contains("since: String", Printer.Print(types["CityTwinsEdge"]), StringComparison.Ordinal);
        Assert.DoesNotContain("Twinning", types.Keys);
        Assert.DoesNotContain("@relationship", printed, StringComparison.Ordinal);
        Assert.Contains(("CityTwinsEdge", "cursor"), api.CursorFields);
        Assert.Contains((GeneratedNames.PageInfo, "endCursor"), api.CursorFields);
    }

    [Theory]
    [InlineData("City", "cities")]
    [InlineData("Country", "countries")]
    [InlineData("Subdivision", "subdivisions")]
    [InlineData("Day", "days")]
    [InlineData("Address", "addresses")]
    [InlineData("Match", "matches")]
    public void Root_fields_are_regular_english_plurals(string type, string field) =>
        Assert.Equal(field, Pluralizer.RootFieldName(type));

    private static GraphModel Build(string sdl) => GraphModelBuilder.Build(Parser.Parse(Base + sdl));
}
