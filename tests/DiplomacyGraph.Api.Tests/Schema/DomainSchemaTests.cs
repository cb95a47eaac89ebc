using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.Domain.Facts;
using DiplomacyGraph.Domain.Loading;
using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests.Schema;

/// <summary>
/// schema.graphql against the graph model of the fact files: every relationship type the facts may
/// use is reachable through the API in the direction and between the labels relationship-types.yaml
/// allows, and the API maps no type the model does not have.
/// </summary>
public sealed class DomainSchemaTests
{
    private static readonly GraphModel Model = ApiSchemaFile.Api.Model;
    private static readonly IReadOnlyList<RelationshipTypeDefinition> Types = FactFileReader.Read(GraphLoader.DefaultDataFolder).Facts.RelationshipTypes;

    [Fact]
    public void Every_allowed_relationship_can_be_followed_from_both_of_its_ends()
    {
        var missing = new List<string>();
        foreach (var type in Types)
        {
            foreach (var (from, to) in type.Between)
            {
                if (!Reaches(from, type.Type, to, RelationshipDirection.Out))
                {
                    missing.Add($"from {from}: -{type.Type}-> {to}");
                }

                if (!Reaches(to, type.Type, from, RelationshipDirection.In))
                {
                    missing.Add($"from {to}: <-{type.Type}- {from}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Every_relationship_type_the_schema_maps_exists_in_the_graph_model()
    {
        var known = Types.Select(type => type.Type).Append(FactGraphBuilder.MentionsType).ToHashSet();
        var mapped = Model.Types.Values.SelectMany(type => type.Fields).Select(field => field.Relationship?.Type).OfType<string>().ToHashSet();
        Assert.Empty(mapped.Except(known));
    }

    [Fact]
    public void Every_entity_label_is_a_node_type_with_a_root_field()
    {
        foreach (var label in EntityLabels.All.Append(EntityLabels.Article))
        {
            var type = Model.GetType(label);
            Assert.True(type.IsNode, $"{label} is not a @node type.");
            Assert.Contains(label, type.Labels!);
            Assert.NotNull(type.RootFieldName);
        }
    }

    /// <summary>Whether a field of <paramref name="from"/> follows <paramref name="type"/> that way (or both ways) to a type that includes <paramref name="to"/>.</summary>
    private static bool Reaches(string from, string type, string to, RelationshipDirection direction) =>
        Model.GetType(from).Fields.Any(field =>
            field.Relationship is { } relationship
            && relationship.Type == type
            && (relationship.Direction == direction || relationship.Direction == RelationshipDirection.Both)
            && Model.GetType(field.Shape.NamedType).PossibleTypes.Any(possible => possible.Name == to));
}
