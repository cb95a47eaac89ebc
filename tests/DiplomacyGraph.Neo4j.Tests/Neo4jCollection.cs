using DiplomacyGraph.Testing;

namespace DiplomacyGraph.Neo4j.Tests;

/// <summary>Every test that uses the shared server runs in this one collection, one at a time.</summary>
[CollectionDefinition(Name)]
public sealed class Neo4jCollection : ICollectionFixture<Neo4jFixture>
{
    public const string Name = "Neo4j";
}
