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
    public void Drops_the_least_recently_used_documents_when_their_texts_exceed_the_byte_budget()
    {
        var texts = Enumerable.Range(0, 6).Select(i => "{ a" + i + " " + new string(' ', 94) + "}").ToList(); // 100 chars = 200 bytes each
        var cache = new DocumentCache(capacity: 100, maxBytes: 1_000);

        foreach (var text in texts)
        {
            cache.Add(text, Document(text));
        }

        Assert.Equal(5, cache.Count);
        Assert.Equal(1_000, cache.Bytes);
        Assert.False(cache.TryGet(texts[0], out _));
        Assert.True(cache.TryGet(texts[5], out _));
    }

    [Fact]
    public void Does_not_keep_a_text_larger_than_a_quarter_of_the_byte_budget()
    {
        var cache = new DocumentCache(capacity: 100, maxBytes: 1_000);
        var large = "{ a " + new string(' ', 200) + "}";

        cache.Add(large, Document(large));

        Assert.Equal(0, cache.Count);
        Assert.Equal(0, cache.Bytes);
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
