using DiplomacyGraph.Domain.Loading;

namespace DiplomacyGraph.Domain.Tests.Loading;

public sealed class CypherNamesTests
{
    [Theory]
    [InlineData("City")]
    [InlineData("Entity")]
    [InlineData("Article")]
    public void Accepts_the_labels_of_the_graph_model(string label) => Assert.Equal(label, CypherNames.Label(label));

    [Theory]
    [InlineData("Planet")]
    [InlineData("City) DETACH DELETE (n")]
    [InlineData("city")]
    public void Refuses_any_other_label(string label) => Assert.Throws<ArgumentException>(() => CypherNames.Label(label));

    [Theory]
    [InlineData("TWINNED_WITH")]
    [InlineData("MENTIONS")]
    public void Accepts_upper_snake_case_relationship_types(string type) => Assert.Equal(type, CypherNames.RelationshipType(type));

    [Theory]
    [InlineData("twinned_with")]
    [InlineData("KNOWS]->() DETACH DELETE (x")]
    [InlineData("A__B")]
    [InlineData("")]
    public void Refuses_anything_else_as_a_relationship_type(string type) =>
        Assert.Throws<ArgumentException>(() => CypherNames.RelationshipType(type));
}
