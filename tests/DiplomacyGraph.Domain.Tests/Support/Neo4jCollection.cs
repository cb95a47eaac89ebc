using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Domain.Tests.Support;

/// <summary>Every test that uses the shared Neo4j runs in this one collection, one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jFixture>
{
    public const string Name = "Neo4j";
}
