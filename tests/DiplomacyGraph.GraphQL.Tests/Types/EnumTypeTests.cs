using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Tests.Types;

public sealed class EnumTypeTests
{
    private static readonly GraphQLEnumType Color = new(
        "Color",
        [new GraphQLEnumValue("RED") { Value = 0 }, new GraphQLEnumValue("GREEN") { Value = 1 }, new GraphQLEnumValue("BLUE")]);

    [Fact]
    public void Serializes_internal_values_to_names()
    {
        Assert.Equal("RED", Color.Serialize(0));
        Assert.Equal("BLUE", Color.Serialize("BLUE"));
    }

    [Fact]
    public void Parses_names_to_internal_values()
    {
        Assert.Equal(1, Color.ParseValue("GREEN"));
        Assert.Equal(0, Color.ParseLiteral(new EnumValueNode("RED")));
    }

    [Fact]
    public void Unknown_values_are_refused_with_suggestions()
    {
        Assert.Equal(
            "Value \"RE\" does not exist in \"Color\" enum. Did you mean the enum value \"RED\"?",
            Assert.Throws<GraphQLException>(() => Color.ParseValue("RE")).Message);
        Assert.Equal(
            "Enum \"Color\" cannot represent non-enum value: \"RED\". Did you mean the enum value \"RED\" or \"GREEN\"?",
            Assert.Throws<GraphQLException>(() => Color.ParseLiteral(new StringValueNode("RED"))).Message);
        Assert.Equal(
            "Enum \"Color\" cannot represent value: 7",
            Assert.Throws<GraphQLException>(() => Color.Serialize(7)).Message);
    }
}
