using System.CommandLine;
using System.CommandLine.Parsing;
using System.Text.Json;
using DiplomacyGraph.Neo4j;
using Spectre.Console;

namespace DiplomacyGraph.Host.Commands;

/// <summary>
/// <c>cypher STATEMENT|FILE.cypher [--param name=value]... [--format table|json|csv]</c>: runs one Cypher statement
/// against the configured Neo4j, in a transaction of its own, and prints its rows. A <c>.cypher</c> file
/// brings the example parameters of its header (see <see cref="CypherQueryFile"/>); <c>--param</c> adds or overrides.
/// </summary>
public static class CypherCommand
{
    private static readonly Argument<string> StatementOrFile = new("statement")
    {
        Description = "A Cypher statement, or the path of a .cypher file (e.g. cypher/queries/city-twins.cypher).",
        Validators = { MustBeExistingFileWhenItNamesOne },
    };

    private static readonly Option<string[]> Parameters = new("--param", "-p")
    {
        Description = "A parameter: name=text (a string), or name:=JSON for numbers, lists, maps, true/false/null. Repeatable; " +
            "overrides the example parameters documented in a .cypher file's header.",
        AllowMultipleArgumentsPerToken = false,
        Validators = { MustBeParameters },
    };

    private static readonly Option<string> Format = new("--format")
    {
        Description = "How to print the rows: table (for people), json or csv.",
        DefaultValueFactory = _ => CypherResultWriter.Table,
        Validators = { MustBeFormat },
    };

    public static Command Create()
    {
        var command = new Command("cypher", "Run a Cypher statement or a .cypher file against the configured Neo4j and print the rows.")
        {
            StatementOrFile,
            Parameters,
            Format,
        };
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var options = DiplomacyGraphOptions.From(parseResult);
            var input = parseResult.GetRequiredValue(StatementOrFile);
            var text = IsFile(input) ? await File.ReadAllTextAsync(input, cancellationToken) : input;
            var parameters = new Dictionary<string, object?>(CypherQueryFile.ExampleParameters(text), StringComparer.Ordinal);
            foreach (var (name, value) in (parseResult.GetValue(Parameters) ?? []).Select(ParseParameter))
            {
                parameters[name] = value;
            }

            using var client = new Neo4jClient(Neo4jConnection.ClientOptions(options));
            var result = await client.RunAsync(new Statement(text, parameters), cancellationToken);
            CypherResultWriter.Write(result, parseResult.GetRequiredValue(Format), AnsiConsole.Console, Console.Out);
            return ExitCodes.Success;
        });
        return command;
    }

    private static bool IsFile(string input) => input.EndsWith(".cypher", StringComparison.OrdinalIgnoreCase) && !input.Contains('\n', StringComparison.Ordinal);

    private static void MustBeExistingFileWhenItNamesOne(ArgumentResult result)
    {
        if (result.Tokens.Count > 0 && IsFile(result.Tokens[0].Value) && !File.Exists(result.Tokens[0].Value))
        {
            result.AddError($"statement: the file '{result.Tokens[0].Value}' does not exist.");
        }
    }

    private static void MustBeFormat(OptionResult result)
    {
        if (result.Tokens.Count > 0 && !CypherResultWriter.Formats.Contains(result.Tokens[0].Value))
        {
            result.AddError($"--format '{result.Tokens[0].Value}' is not one of {string.Join(", ", CypherResultWriter.Formats)}.");
        }
    }

    private static void MustBeParameters(OptionResult result)
    {
        foreach (var token in result.Tokens)
        {
            try
            {
                ParseParameter(token.Value);
            }
            catch (FormatException error)
            {
                result.AddError($"--param '{token.Value}': {error.Message}");
            }
        }
    }

    /// <summary><c>name=text</c> is a string; <c>name:=JSON</c> is a typed value.</summary>
    private static (string Name, object? Value) ParseParameter(string text)
    {
        var equals = text.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            throw new FormatException("expected name=text or name:=JSON.");
        }

        var typed = text[equals - 1] == ':';
        var name = text[..(typed ? equals - 1 : equals)];
        if (name.Length == 0 || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') || char.IsAsciiDigit(name[0]))
        {
            throw new FormatException($"'{name}' is not a parameter name (letters, digits and _).");
        }

        var value = text[(equals + 1)..];
        if (!typed)
        {
            return (name, value);
        }

        try
        {
            using var json = JsonDocument.Parse(value);
            return (name, FromJson(json.RootElement));
        }
        catch (JsonException error)
        {
            throw new FormatException($"the value after := is not JSON ({error.Message.Split('.')[0]}).", error);
        }
    }

    private static object? FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => element.GetString(),
        JsonValueKind.Number => element.TryGetInt64(out var integer) ? integer : element.GetDouble(),
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        JsonValueKind.Array => element.EnumerateArray().Select(FromJson).ToList(),
        JsonValueKind.Object => element.EnumerateObject().ToDictionary(property => property.Name, property => FromJson(property.Value)),
        _ => null,
    };
}
