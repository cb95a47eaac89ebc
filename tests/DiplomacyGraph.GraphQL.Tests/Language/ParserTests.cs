using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Tests.Language;

/// <summary>Executable documents, values and type references.</summary>
public class ParserTests
{
    [Fact]
    public void Parses_a_shorthand_selection_set_as_an_anonymous_query()
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse("{ a }").Definitions));

        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal("a", Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections)).Name.Value);
    }

    [Theory]
    [InlineData("query Q { a }", OperationType.Query)]
    [InlineData("mutation Q { a }", OperationType.Mutation)]
    [InlineData("subscription Q { a }", OperationType.Subscription)]
    public void Parses_each_operation_type(string document, OperationType type)
    {
        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(Parser.Parse(document).Definitions));

        Assert.Equal(type, operation.Operation);
        Assert.Equal("Q", operation.Name?.Value);
    }

    [Fact]
    public void Parses_variable_definitions_with_types_defaults_and_directives()
    {
        var operation = (OperationDefinitionNode)Parser.Parse("query ($a: [Int!]! = [1], $b: String @d(x: 1), $c: E = V) { f }").Definitions[0];

        var a = operation.VariableDefinitions[0];
        Assert.Equal("a", a.Variable.Name.Value);
        var list = Assert.IsType<ListTypeNode>(Assert.IsType<NonNullTypeNode>(a.Type).Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.Equal("1", Assert.IsType<IntValueNode>(Assert.Single(Assert.IsType<ListValueNode>(a.DefaultValue).Values)).Value);

        var b = operation.VariableDefinitions[1];
        Assert.Null(b.DefaultValue);
        Assert.Equal("d", Assert.Single(b.Directives).Name.Value);

        Assert.Equal("V", Assert.IsType<EnumValueNode>(operation.VariableDefinitions[2].DefaultValue).Value);
    }

    [Fact]
    public void Parses_fields_with_alias_arguments_directives_and_selections()
    {
        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ alias: name(a: 1, b: $v) @x @y(z: true) { sub } }").Definitions[0]).SelectionSet.Selections[0];

        Assert.Equal("alias", field.Alias?.Value);
        Assert.Equal("name", field.Name.Value);
        Assert.Equal("alias", field.ResponseKey);
        Assert.Equal(["a", "b"], field.Arguments.Select(a => a.Name.Value));
        Assert.Equal("v", Assert.IsType<VariableNode>(field.Arguments[1].Value).Name.Value);
        Assert.Equal(["x", "y"], field.Directives.Select(d => d.Name.Value));
        Assert.Equal("sub", ((FieldNode)field.SelectionSet!.Selections[0]).Name.Value);
    }

    [Fact]
    public void Tells_fragment_spreads_from_inline_fragments()
    {
        var selections = ((OperationDefinitionNode)Parser.Parse("{ ...Named @d ... on T { a } ... @skip(if: true) { b } ... { c } }").Definitions[0]).SelectionSet.Selections;

        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("Named", spread.Name.Value);
        Assert.Single(spread.Directives);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition?.Name.Value);
        var withDirective = Assert.IsType<InlineFragmentNode>(selections[2]);
        Assert.Null(withDirective.TypeCondition);
        Assert.Single(withDirective.Directives);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[3]).TypeCondition);
    }

    [Fact]
    public void Parses_fragment_definitions()
    {
        var fragment = Assert.IsType<FragmentDefinitionNode>(Parser.Parse("fragment F on T @d { a }").Definitions[0]);

        Assert.Equal("F", fragment.Name.Value);
        Assert.Equal("T", fragment.TypeCondition.Name.Value);
        Assert.Single(fragment.Directives);
        Assert.Single(fragment.SelectionSet.Selections);
    }

    [Fact]
    public void Accepts_keywords_as_field_argument_and_type_names()
    {
        var document = Parser.Parse("query query($on: on) { query fragment(type: schema) mutation: subscription ... on extend { true false null } }");

        Assert.Equal("query query($on: on) {\n  query\n  fragment(type: schema)\n  mutation: subscription\n  ... on extend {\n    true\n    false\n    null\n  }\n}", Printer.Print(document));
    }

    [Fact]
    public void Parses_every_kind_of_value()
    {
        var value = (ObjectValueNode)Parser.ParseValue("{i: -12, f: 1.5e3, s: \"str\", b: \"\"\"block\"\"\", t: true, n: null, e: RED, l: [], o: {}, v: $var}");
        var values = value.Fields.ToDictionary(f => f.Name.Value, f => f.Value);

        Assert.Equal("-12", Assert.IsType<IntValueNode>(values["i"]).Value);
        Assert.Equal("1.5e3", Assert.IsType<FloatValueNode>(values["f"]).Value);
        Assert.False(Assert.IsType<StringValueNode>(values["s"]).Block);
        var block = Assert.IsType<StringValueNode>(values["b"]);
        Assert.True(block.Block);
        Assert.Equal("block", block.Value);
        Assert.True(Assert.IsType<BooleanValueNode>(values["t"]).Value);
        Assert.IsType<NullValueNode>(values["n"]);
        Assert.Equal("RED", Assert.IsType<EnumValueNode>(values["e"]).Value);
        Assert.Empty(Assert.IsType<ListValueNode>(values["l"]).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(values["o"]).Fields);
        Assert.Equal("var", Assert.IsType<VariableNode>(values["v"]).Name.Value);
    }

    [Fact]
    public void Rejects_variables_in_constant_values()
    {
        SyntaxErrorAssert.Throws(() => Parser.ParseConstValue("[1, $x]"), "Syntax Error: Unexpected variable \"$x\" in constant value.", 1, 5);
        SyntaxErrorAssert.Throws(() => Parser.ParseConstValue("{a: $}"), "Syntax Error: Unexpected \"$\".", 1, 5);
        SyntaxErrorAssert.ParseThrows("query ($a: Int = $b) { f }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 18);
        SyntaxErrorAssert.ParseThrows("query ($a: Int @d(x: $b)) { f }", "Syntax Error: Unexpected variable \"$b\" in constant value.", 1, 22);
    }

    [Fact]
    public void Parses_values_and_types_standing_alone_up_to_end_of_file()
    {
        Assert.IsType<ListValueNode>(Parser.ParseValue("[123 \"abc\"]"));
        Assert.IsType<NonNullTypeNode>(Parser.ParseType("String!"));
        SyntaxErrorAssert.Throws(() => Parser.ParseValue("1 2"), "Syntax Error: Expected <EOF>, found Int \"2\".", 1, 3);
        SyntaxErrorAssert.Throws(() => Parser.ParseType("Int!!"), "Syntax Error: Expected <EOF>, found \"!\".", 1, 5);
        SyntaxErrorAssert.Throws(() => Parser.ParseType(""), "Syntax Error: Expected Name, found <EOF>.", 1, 1);
    }

    [Fact]
    public void Locates_every_node_by_offsets_in_its_source()
    {
        var source = new Source("query Q {\n  alias: field(arg: [1]) {\n    sub\n  }\n}\n");
        var document = Parser.Parse(source);
        var operation = (OperationDefinitionNode)document.Definitions[0];
        var field = (FieldNode)operation.SelectionSet.Selections[0];

        Assert.Equal(new Location(0, 51, source), document.Location);
        // Offsets below are graphql-js 16.15's loc.start and loc.end for the same nodes.
        Assert.Equal(new Location(0, 50, source), operation.Location);
        Assert.Equal(new Location(12, 48, source), field.Location);
        Assert.Equal(new Location(12, 17, source), field.Alias!.Location);
        Assert.Equal(new Location(25, 33, source), field.Arguments[0].Location);
        Assert.Equal(new SourceLocation(2, 3), field.Location!.Value.StartLocation);
        Assert.Equal(new SourceLocation(3, 5), field.SelectionSet!.Selections[0].Location!.Value.StartLocation);
    }

    [Fact]
    public void Locates_a_non_null_type_from_its_inner_type_to_the_bang()
    {
        var type = Parser.ParseType("  [Int]!  ");

        Assert.Equal((2, 8), (type.Location!.Value.Start, type.Location.Value.End));
        Assert.Equal((2, 7), (((NonNullTypeNode)type).Type.Location!.Value.Start, ((NonNullTypeNode)type).Type.Location!.Value.End));
    }

    [Fact]
    public void Leaves_locations_out_when_asked()
    {
        var document = Parser.Parse("{ a }", new ParserOptions { NoLocation = true });

        Assert.Null(document.Location);
        Assert.Null(((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0].Location);
    }

    [Fact]
    public void Names_the_source_in_locations()
    {
        var source = new Source("{ a }", "query.graphql");

        Assert.Same(source, Parser.Parse(source).Location!.Value.Source);
    }

    [Fact]
    public void Accepts_descriptions_on_operations_fragments_and_variables_as_graphql_js_16_does()
    {
        var document = Parser.Parse("\"op\" query Q(\"var\" $a: Int) { f } \"\"\"frag\"\"\" fragment F on T { g }");

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Equal("op", operation.Description?.Value);
        Assert.Equal("var", operation.VariableDefinitions[0].Description?.Value);
        Assert.Equal("frag", ((FragmentDefinitionNode)document.Definitions[1]).Description?.Value);
    }

    [Fact]
    public void Reports_errors_at_the_line_and_column_of_the_offending_token()
    {
        SyntaxErrorAssert.ParseThrows("{\n  a\n  b(c: 1\n}", "Syntax Error: Expected Name, found \"}\".", 4, 1);
        SyntaxErrorAssert.ParseThrows("query\r\n\r\n  Q {\r\n    ...on\r\n  }", "Syntax Error: Expected Name, found \"}\".", 5, 3);
        SyntaxErrorAssert.ParseThrows("fragment on on T { a }", "Syntax Error: Unexpected Name \"on\".", 1, 10);
        SyntaxErrorAssert.ParseThrows("{ ...MissingOn }\nfragment MissingOn Type", "Syntax Error: Expected \"on\", found Name \"Type\".", 2, 20);
        SyntaxErrorAssert.ParseThrows("{ field: {} }", "Syntax Error: Expected Name, found \"{\".", 1, 10);
        SyntaxErrorAssert.ParseThrows("notAnOperation Foo { field }", "Syntax Error: Unexpected Name \"notAnOperation\".", 1, 1);
        SyntaxErrorAssert.ParseThrows("...", "Syntax Error: Unexpected \"...\".", 1, 1);
        SyntaxErrorAssert.ParseThrows("{ \"\"", "Syntax Error: Expected Name, found String \"\".", 1, 3);
    }

    [Fact]
    public void Reports_the_error_thrown_as_a_graphql_error_with_the_source_location()
    {
        var exception = Assert.Throws<Errors.GraphQLSyntaxException>(() => Parser.Parse("{ a(b: ) }"));

        Assert.Equal("Syntax Error: Unexpected \")\". (1:8)", exception.Message);
        Assert.Null(exception.Error.Path);
    }

    [Fact]
    public void Reuses_one_string_for_a_name_seen_in_earlier_documents()
    {
        var first = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ countryName }").Definitions[0]).SelectionSet.Selections[0];
        var second = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ countryName }").Definitions[0]).SelectionSet.Selections[0];

        Assert.Same(first.Name.Value, second.Name.Value);
    }

    [Fact]
    public void Keeps_every_name_exact_however_many_distinct_names_a_thread_reads()
    {
        var names = Enumerable.Range(0, 5_000).Select(i => $"name{i}").Append(new string('n', 200)).ToArray();

        var document = Parser.Parse("{ " + string.Join(' ', names) + " " + string.Join(' ', names) + " }");

        var read = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections.Select(s => ((FieldNode)s).Name.Value);
        Assert.Equal(names.Concat(names), read);
    }
}
