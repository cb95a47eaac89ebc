using DiplomacyGraph.Domain.Loading;

namespace DiplomacyGraph.Domain.Tests.Loading;

/// <summary>How a load's difference treats items curation owns.</summary>
public sealed class GraphDiffOwnershipTests
{
    private static NodeRow Wanted(string name) => new("city-tacoma", NodeKind.Entity, "City", new Dictionary<string, object>
    {
        ["id"] = "city-tacoma",
        [Origin.Property] = Origin.File,
        ["name"] = name,
    });

    private static ExistingNode Stored(string origin, string name) => new("city-tacoma", NodeKind.Entity, ["Entity", "City"], new Dictionary<string, object?>
    {
        ["id"] = "city-tacoma",
        [Origin.Property] = origin,
        ["name"] = name,
    });

    private static GraphChanges Diff(IReadOnlyList<NodeRow> wanted, IReadOnlyList<ExistingNode> existing, params string[] removed) =>
        GraphDiff.Compute(new GraphContent(wanted, [], []), new ExistingGraph(existing, [], removed.ToHashSet(StringComparer.Ordinal)), deleteStaleNodes: true);

    [Fact]
    public void A_curated_change_to_a_file_item_is_left_and_listed_as_an_override()
    {
        var changes = Diff([Wanted("Tacoma")], [Stored(Origin.Curation, "Tacoma, Washington")]);

        Assert.Empty(changes.NodesToWrite);
        Assert.Equal(new CuratedOverride(ChangeCount.Node, "city-tacoma", CuratedOverride.Changed), Assert.Single(changes.Overrides));
    }

    [Fact]
    public void A_curated_item_the_files_now_state_exactly_is_taken_over_by_the_files()
    {
        var changes = Diff([Wanted("Tacoma, Washington")], [Stored(Origin.Curation, "Tacoma, Washington")]);

        Assert.Equal(Origin.File, Assert.Single(changes.NodesToWrite).Properties[Origin.Property]);
        Assert.Empty(changes.Overrides);
    }

    [Fact]
    public void A_curated_item_the_files_do_not_hold_is_never_deleted()
    {
        var changes = Diff([], [Stored(Origin.Curation, "Curated Town")]);

        Assert.True(changes.IsEmpty);
    }

    [Fact]
    public void A_curated_removal_keeps_the_item_out_until_the_files_drop_it_then_the_marker_goes()
    {
        var kept = Diff([Wanted("Tacoma")], [], "city-tacoma");
        Assert.Empty(kept.NodesToWrite);
        Assert.Equal(CuratedOverride.Removed, Assert.Single(kept.Overrides).Reason);
        Assert.Empty(kept.RemovalsToForget);

        var dropped = Diff([], [], "city-tacoma");
        Assert.Equal(["city-tacoma"], dropped.RemovalsToForget);
    }
}
