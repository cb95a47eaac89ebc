using DiplomacyGraph.Host.Api;

namespace DiplomacyGraph.Api.Tests.Host;

/// <summary>API keys with curator names: how DIPLOMACYGRAPH_API_KEYS is read and how a key finds its curator.</summary>
public sealed class CuratorKeysTests
{
    [Fact]
    public void Named_keys_and_the_single_key_each_find_their_curator_and_nothing_else_does()
    {
        var keys = CuratorKeys.From("single-key", CuratorKeys.Parse(" alice = key-a , bob=key-b"));

        Assert.Equal("alice", keys.Find("key-a"));
        Assert.Equal("bob", keys.Find("key-b"));
        Assert.Equal(CuratorKeys.SingleKeyCurator, keys.Find("single-key"));
        Assert.Null(keys.Find("key-"));
        Assert.Null(keys.Find("key-ab"));
        Assert.Null(keys.Find(""));
        Assert.True(CuratorKeys.From(null, null).IsEmpty);
    }

    [Theory]
    [InlineData("alice", "curatorName=key")]
    [InlineData("=secret", "curatorName=key")]
    [InlineData("alice=", "curatorName=key")]
    [InlineData("alice=a,alice=b", "named twice")]
    [InlineData("alice=same,bob=same", "the same key")]
    public void Malformed_key_lists_are_refused_without_showing_the_keys(string text, string message)
    {
        var refused = Assert.Throws<ArgumentException>(() => CuratorKeys.Parse(text));
        Assert.Contains(message, refused.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("secret", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_curator_named_in_both_variables_is_refused()
    {
        var refused = Assert.Throws<ArgumentException>(() => CuratorKeys.From("k1", new Dictionary<string, string> { [CuratorKeys.SingleKeyCurator] = "k2" }));
        Assert.Contains(CuratorKeys.EnvironmentVariable, refused.Message, StringComparison.Ordinal);
    }
}
