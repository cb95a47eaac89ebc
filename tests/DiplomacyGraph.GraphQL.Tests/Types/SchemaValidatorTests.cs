using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Types;

/// <summary>
/// Schema validation against graphql-js 16's validateSchema: each case's messages and locations are
/// what graphql-js reports for the same SDL (built with assumeValidSDL, as our builder does).
/// </summary>
public sealed class SchemaValidatorTests
{
    [Fact]
    public void Covariant_interface_field_types_are_accepted() =>
        Assert.Empty(SchemaValidator.Validate(SchemaBuilder.FromSdl("""
            interface I { x: I }
            type Query implements I { x: Query }
            """).Build()));

    [Fact]
    public void A_schema_without_a_query_root_is_invalid() =>
        AssertErrors(
            """
            type Foo { a: String }
            """,
            ("Query root type must be provided.", []));

    [Fact]
    public void The_query_root_must_be_an_object_type() =>
        AssertErrors(
            """
            schema { query: In }
            input In { a: String }
            """,
            ("Query root type must be Object type, it cannot be In.", [(1, 17)]));

    [Fact]
    public void The_mutation_root_must_be_an_object_type() =>
        AssertErrors(
            """
            schema { query: Query mutation: E }
            type Query { a: String }
            enum E { A }
            """,
            ("Mutation root type must be Object type if provided, it cannot be E.", [(1, 33)]));

    [Fact]
    public void Names_may_not_begin_with_two_underscores() =>
        AssertErrors(
            """
            type Query { __a: String }
            """,
            ("Name \"__a\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(1, 14)]));

    [Fact]
    public void Object_types_must_define_fields() =>
        AssertErrors(
            """
            type Query
            """,
            ("Type Query must define one or more fields.", [(1, 1)]));

    [Fact]
    public void Field_types_must_be_output_types() =>
        AssertErrors(
            """
            type Query { a: In }
            input In { x: Int }
            """,
            ("The type of Query.a must be Output Type but got: In.", [(1, 17)]));

    [Fact]
    public void Argument_types_must_be_input_types() =>
        AssertErrors(
            """
            type Query { a(x: Query): Int }
            """,
            ("The type of Query.a(x:) must be Input Type but got: Query.", [(1, 19)]));

    [Fact]
    public void An_implementation_must_provide_every_interface_field() =>
        AssertErrors(
            """
            interface I { x: Int y: Int }
            type Query implements I { x: Int }
            """,
            ("Interface field I.y expected but Query does not provide it.", [(1, 22), (2, 1)]));

    [Fact]
    public void An_implementation_field_must_have_a_subtype_of_the_interface_field_type() =>
        AssertErrors(
            """
            interface I { x: Int }
            type Query implements I { x: String }
            """,
            ("Interface field I.x expects type Int but Query.x is type String.", [(1, 18), (2, 30)]));

    [Fact]
    public void An_implementation_field_must_accept_every_interface_argument() =>
        AssertErrors(
            """
            interface I { x(a: Int): Int }
            type Query implements I { x: Int }
            """,
            ("Interface field argument I.x(a:) expected but Query.x does not provide it.", [(1, 17), (2, 27)]));

    [Fact]
    public void Implementation_arguments_must_have_the_interface_argument_type_exactly() =>
        AssertErrors(
            """
            interface I { x(a: Int): Int }
            type Query implements I { x(a: Int!): Int }
            """,
            ("Interface field argument I.x(a:) expects type Int but Query.x(a:) is type Int!.", [(1, 20), (2, 32)]));

    [Fact]
    public void An_implementation_may_not_add_required_arguments() =>
        AssertErrors(
            """
            interface I { x: Int }
            type Query implements I { x(a: Int!): Int }
            """,
            ("Object field Query.x includes required argument a that is missing from the Interface field I.x.", [(2, 29), (1, 15)]));

    [Fact]
    public void An_implementation_must_also_implement_the_interfaces_of_its_interfaces() =>
        AssertErrors(
            """
            interface A { x: Int }
            interface B implements A { x: Int }
            type Query implements B { x: Int }
            """,
            ("Type Query must implement A because it is implemented by B.", [(2, 24), (3, 23)]));

    [Fact]
    public void An_interface_may_not_implement_itself() =>
        AssertErrors(
            """
            interface A implements A { x: Int }
            type Query implements A { x: Int }
            """,
            ("Type A cannot implement itself because it would create a circular reference.", [(1, 24)]));

    [Fact]
    public void Only_interfaces_can_be_implemented() =>
        AssertErrors(
            """
            type Query implements Query { x: Int }
            """,
            ("Type Query must only implement Interface types, it cannot implement Query.", [(1, 23)]));

    [Fact]
    public void An_interface_can_be_implemented_once() =>
        AssertErrors(
            """
            interface I { x: Int }
            type Query implements I & I { x: Int }
            """,
            ("Type Query can only implement I once.", [(2, 23), (2, 27)]));

    [Fact]
    public void Unions_may_only_include_object_types() =>
        AssertErrors(
            """
            type Query { u: U }
            union U = Query | String
            """,
            ("Union type U can only include Object types, it cannot include String.", [(2, 19)]));

    [Fact]
    public void Unions_may_include_a_type_once() =>
        AssertErrors(
            """
            type Query { u: U }
            union U = Query | Query
            """,
            ("Union type U can only include type Query once.", [(2, 11), (2, 19)]));

    [Fact]
    public void Input_objects_may_not_reference_themselves_through_non_null_fields() =>
        AssertErrors(
            """
            type Query { a(x: A): Int }
            input A { b: B! }
            input B { a: A! }
            """,
            ("Cannot reference Input Object \"A\" within itself through a series of non-null fields: \"b.a\".", [(2, 11), (3, 11)]));

    [Fact]
    public void Required_arguments_may_not_be_deprecated() =>
        AssertErrors(
            """
            type Query { a(x: Int! @deprecated): Int }
            """,
            ("Required argument Query.a(x:) cannot be deprecated.", [(1, 24), (1, 19)]));

    [Fact]
    public void Required_input_fields_may_not_be_deprecated() =>
        AssertErrors(
            """
            type Query { a(x: In): Int }
            input In { y: Int! @deprecated(reason: "old") }
            """,
            ("Required input field In.y cannot be deprecated.", [(2, 20), (2, 15)]));

    [Fact]
    public void OneOf_input_fields_must_be_nullable_and_without_default() =>
        AssertErrors(
            """
            type Query { a(x: In): Int }
            input In @oneOf { y: Int! z: String = "a" }
            """,
            ("OneOf input field In.y must be nullable.", [(2, 22)]),
            ("OneOf input field In.z cannot have a default value.", [(2, 27)]));

    [Fact]
    public void Enums_must_define_values() =>
        AssertErrors(
            """
            type Query { e: E }
            enum E
            """,
            ("Enum type E must define one or more values.", [(2, 1)]));

    [Fact]
    public void Directive_names_may_not_begin_with_two_underscores() =>
        AssertErrors(
            """
            directive @__d on FIELD
            type Query { a: Int }
            """,
            ("Name \"__d\" must not begin with \"__\", which is reserved by GraphQL introspection.", [(1, 1)]));

    [Fact]
    public void Directive_argument_types_must_be_input_types() =>
        AssertErrors(
            """
            directive @d(a: Query) on FIELD
            type Query { a: Int }
            """,
            ("The type of @d(a:) must be Input Type but got: Query.", [(1, 14)]));

    [Fact]
    public void Directives_built_in_code_need_locations_and_required_arguments_that_are_not_deprecated()
    {
        var query = new GraphQLObjectType("Query", [new GraphQLField("a", Scalars.Int)]);
        var directive = new GraphQLDirective("d", [])
        {
            Arguments = [new GraphQLArgument("x", new GraphQLNonNull(Scalars.Int)) { DeprecationReason = "old" }],
        };
        var errors = SchemaValidator.Validate(new GraphQLSchema(query, directives: [directive]));
        Assert.Equal(
            ["Directive @d must include 1 or more locations.", "Required argument @d(x:) cannot be deprecated."],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Validation_results_are_cached_on_the_schema()
    {
        var schema = new GraphQLSchema(new GraphQLObjectType("Query", [new GraphQLField("a", Scalars.Int)]));
        Assert.Same(SchemaValidator.Validate(schema), SchemaValidator.Validate(schema));
    }

    private static void AssertErrors(string sdl, params (string Message, (int Line, int Column)[] Locations)[] expected)
    {
        var exception = Assert.Throws<InvalidSchemaException>(() => SchemaBuilder.FromSdl(sdl).AssumeValidSdl().Build());
        var actual = exception.Errors
            .Select(error => (error.Message, (error.Locations ?? []).Select(l => (l.Line, l.Column)).ToArray()))
            .ToArray();
        Assert.Equal(expected.Select(e => e.Message), actual.Select(a => a.Message));
        for (var i = 0; i < expected.Length; i++)
        {
            Assert.Equal(expected[i].Locations, actual[i].Item2);
        }
    }
}
