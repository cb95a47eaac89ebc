using System.Text.RegularExpressions;
using DiplomacyGraph.GraphQL.AspNetCore.Tests;

namespace DiplomacyGraph.Api.Tests.Infrastructure;

/// <summary>The example queries of the top-level README (every ```graphql block that is not a mutation), as written.</summary>
public static partial class ReadmeQueries
{
    public static IReadOnlyList<string> All()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "README.md"));
        return [.. GraphQLBlock().Matches(readme).Select(match => match.Groups["query"].Value).Where(query => !query.TrimStart().StartsWith("mutation", StringComparison.Ordinal))];
    }

    [GeneratedRegex("```graphql\n(?<query>.*?)```", RegexOptions.Singleline)]
    private static partial Regex GraphQLBlock();
}
