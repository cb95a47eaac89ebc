using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;
using DiplomacyGraph.GraphQL.Validation;

namespace DiplomacyGraph.GraphQL.Tests.Utilities;

/// <summary>What TypeInfo knows at each node of a walk, seen through a visitor that records it.</summary>
public sealed class TypeInfoTests
{
    [Fact]
    public void Tracks_parent_type_field_and_output_type_through_fields_and_fragments()
    {
        var seen = Record("""
            {
              human { pets { ... on Dog { mother { name } } ...CatFields } }
            }
            fragment CatFields on Cat { furColor }
            """);

        Assert.Equal(
            [
                "human on QueryRoot: Human",
                "pets on Human: [Pet]",
                "mother on Dog: Dog",
                "name on Dog: String",
                "furColor on Cat: FurColor",
            ],
            seen.Fields);
    }

    [Fact]
    public void Knows_the_introspection_fields_only_where_they_exist()
    {
        var seen = Record("{ __schema { queryType { name } } __typename dog { __typename __schema } }");

        Assert.Contains("__schema on QueryRoot: __Schema!", seen.Fields);
        Assert.Contains("__typename on QueryRoot: String!", seen.Fields);
        Assert.Contains("__typename on Dog: String!", seen.Fields);
        Assert.Contains("__schema on Dog: (unknown)", seen.Fields);
    }

    [Fact]
    public void Tracks_input_types_arguments_and_defaults_through_values()
    {
        var seen = Record("""
            {
              dog { isHouseTrained(atOtherHomes: true) doesKnowCommand(dogCommand: SIT) }
              complicatedArgs { complexArgField(complexArg: { stringListField: ["a"], nonNullField: true }) }
            }
            """);

        Assert.Equal(
            [
                "atOtherHomes: Boolean (default), in (none)",
                "dogCommand: DogCommand, in (none), enum value SIT",
                "complexArg: ComplexInput, in (none)",
                "stringListField: [String], in ComplexInput",
                "\"a\": String, in [String]",
                "nonNullField: Boolean! (default), in ComplexInput",
            ],
            seen.Values);
    }

    [Fact]
    public void Tracks_directives_and_their_arguments()
    {
        var seen = Record("{ dog @skip(if: false) { name } }");

        Assert.Contains("if: Boolean!, in (none) on @skip", seen.Values);
    }

    [Fact]
    public void Answers_null_for_unknown_names_and_wrong_kinds()
    {
        var seen = Record("""
            query ($v: Dog, $w: Unknown) { unknown { name } dog { name(unknownArg: 1) } }
            """);

        Assert.Equal(["variable Dog: (not an input type)", "variable Unknown: (not an input type)"], seen.Variables);
        Assert.Contains("unknown on QueryRoot: (unknown)", seen.Fields);
        Assert.Contains("name on (unknown): (unknown)", seen.Fields);
        Assert.Contains("unknownArg: (unknown), in (none)", seen.Values);
    }

    private static Recorder Record(string document)
    {
        var recorder = new Recorder();
        Validator.Validate(TestSchema.Schema, Parser.Parse(document), [recorder]);
        return recorder;
    }

    /// <summary>A validation rule that only writes down what the context says at each node.</summary>
    private sealed class Recorder : IValidationRule
    {
        public List<string> Fields { get; } = [];

        public List<string> Values { get; } = [];

        public List<string> Variables { get; } = [];

        public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context, this);

        private sealed class Visitor(ValidationContext context, Recorder recorder) : ValidationVisitor
        {
            public override bool EnterField(FieldNode node)
            {
                recorder.Fields.Add($"{node.Name.Value} on {context.ParentType?.Name ?? "(unknown)"}: {context.Type?.ToString() ?? "(unknown)"}");
                return true;
            }

            public override bool EnterVariableDefinition(VariableDefinitionNode node)
            {
                var typeName = ((NamedTypeNode)node.Type).Name.Value;
                recorder.Variables.Add($"variable {typeName}: {context.InputType?.ToString() ?? "(not an input type)"}");
                return true;
            }

            public override bool EnterArgument(ArgumentNode node)
            {
                var owner = context.Directive is { } directive ? $" on @{directive.Name}" : string.Empty;
                recorder.Values.Add(Describe(node.Name.Value) + owner);
                return true;
            }

            public override bool EnterObjectField(ObjectFieldNode node)
            {
                recorder.Values.Add(Describe(node.Name.Value));
                return true;
            }

            public override bool EnterValue(ValueNode node)
            {
                if (node is EnumValueNode)
                {
                    recorder.Values[^1] += $", enum value {context.EnumValue?.Name ?? "(unknown)"}";
                }
                else if (node is StringValueNode text)
                {
                    recorder.Values.Add(Describe($"\"{text.Value}\""));
                }

                return true;
            }

            private string Describe(string name)
            {
                var hasDefault = context.Argument is { HasDefaultValue: true } && context.ParentInputType is null
                    || context.ParentInputType is GraphQLInputObjectType parent && parent.GetField(name) is { HasDefaultValue: true };
                var type = context.InputType?.ToString() ?? "(unknown)";
                return $"{name}: {type}{(hasDefault ? " (default)" : string.Empty)}, in {context.ParentInputType?.ToString() ?? "(none)"}";
            }
        }
    }
}
