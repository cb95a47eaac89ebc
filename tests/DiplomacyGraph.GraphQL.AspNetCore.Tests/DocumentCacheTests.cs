using DiplomacyGraph.GraphQL.Language;

namespace DiplomacyGraph.GraphQL.AspNetCore.Tests;

public sealed class DocumentCacheTests
{
    private static ValidatedDocument Document(string query) => new(Parser.Parse(query), []);

    [Fact]
    public void Returns_the_document_stored_for_a_query_text()
    {
        var cache = new DocumentCache(10);
        var document = Document("{ a }");
        cache.Add("{ a }", document);

        Assert.True(cache.TryGet("{ a }", out var found));
        Assert.Same(document, found);
        Assert.False(cache.TryGet("{ a  }", out _));
    }

    [Fact]
    public void Drops_the_least_recently_used_document_when_full()
    {
        var cache = new DocumentCache(2);
        cache.Add("{ a }", Document("{ a }"));
        cache.Add("{ b }", Document("{ b }"));
        cache.TryGet("{ a }", out _);

        cache.Add("{ c }", Document("{ c }"));

        Assert.Equal(2, cache.Count);
        Assert.True(cache.TryGet("{ a }", out _));
        Assert.False(cache.TryGet("{ b }", out _));
        Assert.True(cache.TryGet("{ c }", out _));
    }

    [Fact]
    public void Keeps_nothing_when_its_capacity_is_zero()
    {
        var cache = new DocumentCache(0);
        cache.Add("{ a }", Document("{ a }"));

        Assert.Equal(0, cache.Count);
        Assert.False(cache.TryGet("{ a }", out _));
    }
}
