using System.CommandLine;
using System.Globalization;

namespace DiplomacyGraph.Host;

/// <summary>
/// A whole-number option with a range that falls back to its environment variable, then to its default. A value out
/// of range is one error line: on the command line a usage error (exit 2), in the environment a bad setting (exit 1).
/// </summary>
internal static class NumberOption
{
    public static Option<long> Create(string name, string variable, long fallback, long minimum, long maximum, string description) => new(name)
    {
        Description = $"{description} Env: {variable}.",
        DefaultValueFactory = _ => FromEnvironment(variable, minimum, maximum) ?? fallback,
        Validators =
        {
            result =>
            {
                if (result.Tokens.Count > 0
                    && long.TryParse(result.Tokens[0].Value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
                    && (value < minimum || value > maximum))
                {
                    result.AddError($"{name} {result.Tokens[0].Value} {Requirement(minimum, maximum)}.");
                }
            },
        },
        Recursive = true,
    };

    private static long? FromEnvironment(string variable, long minimum, long maximum)
    {
        if (Environment.GetEnvironmentVariable(variable) is not { Length: > 0 } text)
        {
            return null;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) && value >= minimum && value <= maximum
            ? value
            : throw new ArgumentException($"{variable}='{text}' {Requirement(minimum, maximum)}.");
    }

    private static string Requirement(long minimum, long maximum) =>
        string.Create(CultureInfo.InvariantCulture, $"is not a whole number from {minimum} to {maximum}");
}
