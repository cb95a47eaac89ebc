using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Tests.Types;

public sealed class GraphQLSchemaTests
{
    private static readonly GraphQLInterfaceType Node = new("Node", [new GraphQLField("id", new GraphQLNonNull(Scalars.ID))]);

    private static readonly GraphQLInterfaceType Named = new(
        "Named",
        () => [new GraphQLField("id", new GraphQLNonNull(Scalars.ID)), new GraphQLField("name", Scalars.String)],
        () => [Node]);

    private static readonly GraphQLObjectType Person = new(
        "Person",
        () => [new GraphQLField("id", new GraphQLNonNull(Scalars.ID)), new GraphQLField("name", Scalars.String)],
        () => [Named, Node]);

    private static readonly GraphQLObjectType Place = new("Place", [new GraphQLField("id", new GraphQLNonNull(Scalars.ID))], [Node]);

    private static readonly GraphQLUnionType Result = new("Result", [Person]);

    private static readonly GraphQLObjectType Query = new(
        "Query",
        () => [new GraphQLField("node", Node), new GraphQLField("search", new GraphQLList(Result))]);

    [Fact]
    public void Collects_types_given_first_then_what_the_roots_reach_then_introspection()
    {
        var schema = new GraphQLSchema(Query, types: [Place]);
        var names = schema.TypeMap.Keys.ToList();

        // As graphql-js's GraphQLSchema constructor orders them.
        Assert.Equal(
            ["Place", "Node", "ID", "Query", "Result", "Person", "Named", "String", "Boolean", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue", "__Directive", "__DirectiveLocation"],
            names);
    }

    [Fact]
    public void Knows_the_implementations_of_an_interface()
    {
        var schema = new GraphQLSchema(Query, types: [Place]);

        var implementations = schema.GetImplementations(Node);
        Assert.Equal(["Place", "Person"], implementations.Objects.Select(t => t.Name));
        Assert.Equal(["Named"], implementations.Interfaces.Select(t => t.Name));
        Assert.Equal(["Place", "Person"], schema.GetPossibleTypes(Node).Select(t => t.Name));
        Assert.True(schema.IsSubType(Node, Named));
        Assert.True(schema.IsSubType(Result, Person));
        Assert.False(schema.IsSubType(Result, Place));
    }

    [Fact]
    public void Refuses_two_types_of_the_same_name()
    {
        var other = new GraphQLObjectType("Person", [new GraphQLField("x", Scalars.Int)]);
        var exception = Assert.Throws<InvalidOperationException>(() => new GraphQLSchema(Query, types: [other]));
        Assert.Equal("Schema must contain uniquely named types but contains multiple types named \"Person\".", exception.Message);
    }

    [Fact]
    public void Has_the_specified_directives_by_default()
    {
        var schema = new GraphQLSchema(Query);
        Assert.Equal(["include", "skip", "deprecated", "specifiedBy", "oneOf"], schema.Directives.Select(d => d.Name));
        Assert.Same(GraphQLDirective.Skip, schema.GetDirective("skip"));
    }
}
