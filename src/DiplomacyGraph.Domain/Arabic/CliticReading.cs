namespace DiplomacyGraph.Domain.Arabic;

/// <summary>
/// One way to read a normalized word: the word without <paramref name="PrefixLength"/> leading
/// clitic letters is <paramref name="Stem"/>.
/// </summary>
/// <param name="Stem">What is left after the clitics (may start with a restored article ال, see <see cref="CliticReadings"/>).</param>
/// <param name="PrefixLength">How many characters of the word the clitics occupy.</param>
public readonly record struct CliticReading(string Stem, int PrefixLength);
