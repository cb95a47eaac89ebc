using System.CommandLine.Parsing;
using System.Globalization;

namespace DiplomacyGraph.Host;

/// <summary>Range checks for integer options that never throw: a value that is not a number at all is already System.CommandLine's error.</summary>
public static class OptionValidation
{
    /// <summary>Adds an error "NAME VALUE <paramref name="requirement"/>" when the typed number is outside the range.</summary>
    public static Action<OptionResult> IntegerIn(int minimum, int maximum, string requirement) => result =>
    {
        if (result.Tokens.Count > 0
            && int.TryParse(result.Tokens[0].Value, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && (value < minimum || value > maximum))
        {
            result.AddError($"{result.Option.Name} {result.Tokens[0].Value} {requirement}.");
        }
    };

    /// <summary>Adds an error when the typed folder does not exist, so the command stops before it touches Neo4j.</summary>
    public static void ExistingFolder(SymbolResult result)
    {
        if (result.Tokens.Count > 0 && !Directory.Exists(result.Tokens[0].Value))
        {
            var name = result switch
            {
                OptionResult option => option.Option.Name,
                ArgumentResult argument => argument.Argument.Name,
                _ => "folder",
            };
            result.AddError($"{name}: the folder '{result.Tokens[0].Value}' does not exist.");
        }
    }
}
