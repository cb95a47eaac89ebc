namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>Every test that talks to the API shares one server and one loaded graph, and runs one after another.</summary>
[CollectionDefinition(Name)]
public sealed class ApiCollection : ICollectionFixture<ApiFixture>
{
    public const string Name = "API";
}
