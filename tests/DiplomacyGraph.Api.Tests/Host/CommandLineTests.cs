using System.CommandLine;
using DiplomacyGraph.Host;

namespace DiplomacyGraph.Api.Tests.Host;

/// <summary>The host's command tree, parsed only: no command runs, nothing starts.</summary>
public sealed class CommandLineTests
{
    /// <summary>An existing folder with one article: folder options and arguments are checked while parsing.</summary>
    private static readonly string Articles = CreateArticlesFolder();

    /// <summary>A value for each global option and how it shows in the options the commands read.</summary>
    private static readonly IReadOnlyDictionary<string, (string Value, Func<DiplomacyGraphOptions, object?> Read, object Expected)> GlobalOptionValues =
        new Dictionary<string, (string, Func<DiplomacyGraphOptions, object?>, object)>
        {
            ["--urls"] = ("http://127.0.0.1:5999", options => options.Urls, "http://127.0.0.1:5999"),
            ["--neo4j-uri"] = ("http://db.example:7474", options => options.Neo4jUri, new Uri("http://db.example:7474")),
            ["--neo4j-user"] = ("analyst", options => options.Neo4jUser, "analyst"),
            ["--neo4j-password"] = ("s3cret", options => options.Neo4jPassword, "s3cret"),
            ["--neo4j-http-port"] = ("17474", options => options.Neo4jHttpPort, 17474),
            ["--neo4j-bolt-port"] = ("17687", options => options.Neo4jBoltPort, 17687),
            ["--corpus"] = (Articles, options => options.Corpus, Articles),
            ["--neo4j-heap"] = ("2G", options => options.Neo4jHeap, "2g"),
            ["--neo4j-page-cache"] = ("1536m", options => options.Neo4jPageCache, "1536m"),
            ["--default-page-size"] = ("20", options => options.Limits.Paging.DefaultPageSize, 20),
            ["--max-page-size"] = ("2000", options => options.Limits.Paging.MaxPageSize, 2000),
            ["--max-cost"] = ("50000000", options => options.Limits.MaxCost, 50_000_000L),
            ["--request-timeout"] = ("120", options => options.Limits.RequestTimeout, TimeSpan.FromMinutes(2)),
            ["--reads-in-flight"] = ("16", options => options.Limits.ReadLanes.CheapInFlight, 16),
            ["--reads-queued"] = ("64", options => options.Limits.ReadLanes.CheapQueued, 64),
            ["--heavy-reads-in-flight"] = ("4", options => options.Limits.ReadLanes.HeavyInFlight, 4),
            ["--heavy-reads-queued"] = ("0", options => options.Limits.ReadLanes.HeavyQueued, 0),
            ["--heavy-read-cost"] = ("250000", options => options.Limits.ReadLanes.HeavyFromCost, 250_000L),
        };

    public static TheoryData<string, string> EveryVerbWithEveryGlobalOption()
    {
        var data = new TheoryData<string, string>();
        foreach (var verb in Verbs(HostCommandLine.Create(), []))
        {
            foreach (var option in DiplomacyGraphOptions.All)
            {
                data.Add(verb, option.Name);
            }
        }

        return data;
    }

    [Fact]
    public void Every_global_option_has_a_value_in_these_tests() =>
        Assert.Equal(GlobalOptionValues.Keys.Order(), DiplomacyGraphOptions.All.Select(option => option.Name).Order());

    [Theory]
    [MemberData(nameof(EveryVerbWithEveryGlobalOption))]
    public void Every_verb_takes_every_global_option_after_the_verb(string verb, string option)
    {
        var (value, read, expected) = GlobalOptionValues[option];
        var parseResult = HostCommandLine.Create().Parse($"{verb} {option} {value}".Trim());

        Assert.Empty(parseResult.Errors);
        Assert.Equal(HostCommandLine.Create().Parse(verb).CommandResult.Command.Name, parseResult.CommandResult.Command.Name);
        Assert.Equal(expected, read(DiplomacyGraphOptions.From(parseResult)));
    }

    [Theory]
    [MemberData(nameof(EveryVerbWithEveryGlobalOption))]
    public void Every_verb_takes_every_global_option_before_the_verb(string verb, string option)
    {
        var (value, read, expected) = GlobalOptionValues[option];
        var parseResult = HostCommandLine.Create().Parse($"{option} {value} {verb}".Trim());

        Assert.Empty(parseResult.Errors);
        Assert.Equal(expected, read(DiplomacyGraphOptions.From(parseResult)));
    }

    [Theory]
    [InlineData("serve --neo4j-uri not-an-address", "--neo4j-uri 'not-an-address' is not an absolute http:// or https:// address.")]
    [InlineData("serve --neo4j-uri ftp://db.example", "--neo4j-uri 'ftp://db.example' is not an absolute http:// or https:// address.")]
    [InlineData("schema apply --neo4j-http-port 70000", "--neo4j-http-port 70000 is not a TCP port number.")]
    [InlineData("--neo4j-bolt-port 0 serve", "--neo4j-bolt-port 0 is not a TCP port number.")]
    public void A_bad_global_option_value_is_a_parse_error_naming_the_option(string commandLine, string message)
    {
        var parseResult = HostCommandLine.Create().Parse(commandLine);

        Assert.Equal(message, Assert.Single(parseResult.Errors).Message);
    }

    private static string CreateArticlesFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "diplomacygraph-cli-articles");
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "article.txt"), "text");
        return folder;
    }

    /// <summary>Every command that does something, as the words that call it (the root is ""), with a value for each argument.</summary>
    private static IEnumerable<string> Verbs(Command command, IReadOnlyList<string> path)
    {
        if (command.Action is not null)
        {
            yield return string.Join(' ', path.Concat(command.Arguments.Select(_ => Articles)));
        }

        foreach (var subcommand in command.Subcommands)
        {
            foreach (var verb in Verbs(subcommand, [.. path, subcommand.Name]))
            {
                yield return verb;
            }
        }
    }
}
