using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Tests.Language;

/// <summary>Type-system documents: definitions, descriptions and extensions.</summary>
public class ParserTypeSystemTests
{
    [Fact]
    public void Parses_a_schema_definition_with_description_directives_and_root_types()
    {
        var schema = Single<SchemaDefinitionNode>("\"\"\"The schema\"\"\" schema @d { query: Q mutation: M subscription: S }");

        Assert.Equal("The schema", schema.Description?.Value);
        Assert.True(schema.Description!.Block);
        Assert.Single(schema.Directives);
        Assert.Equal(
            [(OperationType.Query, "Q"), (OperationType.Mutation, "M"), (OperationType.Subscription, "S")],
            schema.OperationTypes.Select(o => (o.Operation, o.Type.Name.Value)));
    }

    [Fact]
    public void Parses_a_scalar_with_description_and_directives()
    {
        var scalar = Single<ScalarTypeDefinitionNode>("\"Dates\" scalar Date @specifiedBy(url: \"https://example.org\")");

        Assert.Equal("Dates", scalar.Description?.Value);
        Assert.False(scalar.Description!.Block);
        Assert.Equal("Date", scalar.Name.Value);
        Assert.Equal("specifiedBy", Assert.Single(scalar.Directives).Name.Value);
    }

    [Theory]
    [InlineData("type T implements A & B { f: Int }")]
    [InlineData("type T implements & A & B { f: Int }")]
    public void Parses_implemented_interfaces_with_an_optional_leading_ampersand(string document)
    {
        var type = Single<ObjectTypeDefinitionNode>(document);

        Assert.Equal(["A", "B"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void Parses_interfaces_that_implement_interfaces()
    {
        var type = Single<InterfaceTypeDefinitionNode>("interface I implements J & K @d { f: Int }");

        Assert.Equal(["J", "K"], type.Interfaces.Select(i => i.Name.Value));
        Assert.Single(type.Directives);
        Assert.Single(type.Fields);
    }

    [Fact]
    public void Parses_field_definitions_with_described_arguments_defaults_and_directives()
    {
        var type = Single<ObjectTypeDefinitionNode>("type T { \"field\" f(\"arg\" a: [Int!] = [1] @x, b: E = V): String! @deprecated(reason: \"no\") }");
        var field = Assert.Single(type.Fields);

        Assert.Equal("field", field.Description?.Value);
        Assert.Equal("arg", field.Arguments[0].Description?.Value);
        Assert.IsType<ListValueNode>(field.Arguments[0].DefaultValue);
        Assert.Single(field.Arguments[0].Directives);
        Assert.Equal("V", Assert.IsType<EnumValueNode>(field.Arguments[1].DefaultValue).Value);
        Assert.IsType<NonNullTypeNode>(field.Type);
        Assert.Single(field.Directives);
    }

    [Fact]
    public void Parses_types_without_fields()
    {
        Assert.Empty(Single<ObjectTypeDefinitionNode>("type T").Fields);
        Assert.Empty(Single<InterfaceTypeDefinitionNode>("interface I").Fields);
        Assert.Empty(Single<EnumTypeDefinitionNode>("enum E").Values);
        Assert.Empty(Single<InputObjectTypeDefinitionNode>("input I").Fields);
        Assert.Empty(Single<UnionTypeDefinitionNode>("union U").Types);
    }

    [Theory]
    [InlineData("union U = A | B")]
    [InlineData("union U = | A | B")]
    [InlineData("union U @d = A | B")]
    public void Parses_union_members_with_an_optional_leading_pipe(string document)
    {
        Assert.Equal(["A", "B"], Single<UnionTypeDefinitionNode>(document).Types.Select(t => t.Name.Value));
    }

    [Fact]
    public void Parses_enum_values_with_descriptions_and_directives()
    {
        var type = Single<EnumTypeDefinitionNode>("enum Color { \"warm\" RED @d GREEN }");

        Assert.Equal(["RED", "GREEN"], type.Values.Select(v => v.Name.Value));
        Assert.Equal("warm", type.Values[0].Description?.Value);
        Assert.Single(type.Values[0].Directives);
    }

    [Theory]
    [InlineData("enum E { true }", "Syntax Error: Name \"true\" is reserved and cannot be used for an enum value.", 10)]
    [InlineData("enum E { A false }", "Syntax Error: Name \"false\" is reserved and cannot be used for an enum value.", 12)]
    [InlineData("enum E { null }", "Syntax Error: Name \"null\" is reserved and cannot be used for an enum value.", 10)]
    public void Rejects_true_false_and_null_as_enum_values(string document, string message, int column)
    {
        SyntaxErrorAssert.ParseThrows(document, message, 1, column);
    }

    [Fact]
    public void Parses_input_objects_with_defaults()
    {
        var input = Single<InputObjectTypeDefinitionNode>("input Filter { from: Int = 0 @d, to: Int }");

        Assert.Equal(["from", "to"], input.Fields.Select(f => f.Name.Value));
        Assert.Equal("0", Assert.IsType<IntValueNode>(input.Fields[0].DefaultValue).Value);
    }

    [Fact]
    public void Rejects_variables_in_type_system_default_values()
    {
        SyntaxErrorAssert.ParseThrows("input I { a: Int = $v }", "Syntax Error: Unexpected variable \"$v\" in constant value.", 1, 20);
    }

    [Fact]
    public void Parses_repeatable_directive_definitions_with_every_location()
    {
        var directive = Single<DirectiveDefinitionNode>(
            "directive @d(a: Int = 1) repeatable on | QUERY | MUTATION | SUBSCRIPTION | FIELD | FRAGMENT_DEFINITION | FRAGMENT_SPREAD"
            + " | INLINE_FRAGMENT | VARIABLE_DEFINITION | SCHEMA | SCALAR | OBJECT | FIELD_DEFINITION | ARGUMENT_DEFINITION"
            + " | INTERFACE | UNION | ENUM | ENUM_VALUE | INPUT_OBJECT | INPUT_FIELD_DEFINITION | DIRECTIVE_DEFINITION");

        Assert.True(directive.Repeatable);
        Assert.Single(directive.Arguments);
        Assert.Equal(Enum.GetValues<DirectiveLocation>().Select(l => l.ToSpecName()), directive.Locations.Select(l => l.Value));
        Assert.False(Single<DirectiveDefinitionNode>("directive @e on FIELD").Repeatable);
    }

    [Theory]
    [InlineData("directive @d on FIELD | NOWHERE", "Syntax Error: Unexpected Name \"NOWHERE\".", 25)]
    [InlineData("directive @d on field", "Syntax Error: Unexpected Name \"field\".", 17)]
    [InlineData("directive @d repeatable FIELD", "Syntax Error: Expected \"on\", found Name \"FIELD\".", 25)]
    [InlineData("directive d on FIELD", "Syntax Error: Expected \"@\", found Name \"d\".", 11)]
    public void Rejects_malformed_directive_definitions(string document, string message, int column)
    {
        SyntaxErrorAssert.ParseThrows(document, message, 1, column);
    }

    [Fact]
    public void Parses_every_kind_of_extension()
    {
        var definitions = Parser.Parse("""
            extend schema @d { query: Q }
            extend scalar S @d
            extend type T implements I @d { f: Int }
            extend interface I implements J { f: Int }
            extend union U = A | B
            extend enum E { V }
            extend input In { f: Int }
            """).Definitions;

        Assert.Equal(
            [
                SyntaxKind.SchemaExtension, SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension,
                SyntaxKind.InterfaceTypeExtension, SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension,
                SyntaxKind.InputObjectTypeExtension,
            ],
            definitions.Select(d => d.Kind));
        Assert.All(definitions, d => Assert.IsAssignableFrom<TypeSystemExtensionNode>(d));
        Assert.Equal("J", Assert.Single(((InterfaceTypeExtensionNode)definitions[3]).Interfaces).Name.Value);
    }

    // Messages and positions below are graphql-js 16.15's for the same documents.
    [Theory]
    [InlineData("extend scalar S", "Syntax Error: Unexpected <EOF>.", 16)]
    [InlineData("extend type T", "Syntax Error: Unexpected <EOF>.", 14)]
    [InlineData("extend interface I", "Syntax Error: Unexpected <EOF>.", 19)]
    [InlineData("extend union U", "Syntax Error: Unexpected <EOF>.", 15)]
    [InlineData("extend enum E", "Syntax Error: Unexpected <EOF>.", 14)]
    [InlineData("extend input I", "Syntax Error: Unexpected <EOF>.", 15)]
    [InlineData("extend schema", "Syntax Error: Unexpected <EOF>.", 14)]
    [InlineData("extend schema {}", "Syntax Error: Expected Name, found \"}\".", 16)]
    [InlineData("extend foo", "Syntax Error: Unexpected Name \"foo\".", 8)]
    [InlineData("\"desc\" extend type T @d", "Syntax Error: Unexpected description, only GraphQL definitions support descriptions.", 1)]
    [InlineData("extend \"desc\" type T @d", "Syntax Error: Unexpected String \"desc\".", 8)]
    public void Rejects_empty_or_described_extensions(string document, string message, int column)
    {
        SyntaxErrorAssert.ParseThrows(document, message, 1, column);
    }

    [Fact]
    public void Keeps_block_string_descriptions_as_the_spec_computes_them()
    {
        var type = Single<ObjectTypeDefinitionNode>("\"\"\"\n    First line\n      indented\n    last\n    \"\"\"\ntype T");

        Assert.Equal("First line\n  indented\nlast", type.Description?.Value);
        Assert.True(type.Description!.Block);
    }

    [Fact]
    public void Locates_a_definition_from_its_description()
    {
        var type = Single<ScalarTypeDefinitionNode>("  \"d\" scalar S @x  ");

        Assert.Equal((2, 17), (type.Location!.Value.Start, type.Location.Value.End));
        Assert.Equal((2, 5), (type.Description!.Location!.Value.Start, type.Description.Location.Value.End));
    }

    private static T Single<T>(string document)
        where T : DefinitionNode =>
        Assert.IsType<T>(Assert.Single(Parser.Parse(document).Definitions));
}
