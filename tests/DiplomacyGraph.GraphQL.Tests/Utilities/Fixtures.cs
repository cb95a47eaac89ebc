namespace DiplomacyGraph.GraphQL.Tests.Utilities;

/// <summary>
/// Reference files produced once by graphql-js 16.15 (see Fixtures/README.md): the rich test schema,
/// its printSchema and printIntrospectionSchema output, the introspection query and its result.
/// </summary>
internal static class Fixtures
{
    public static string Read(string name) =>
        File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Utilities", "Fixtures", name));
}
