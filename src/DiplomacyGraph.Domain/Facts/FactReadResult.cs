namespace DiplomacyGraph.Domain.Facts;

/// <summary>What <see cref="FactFileReader"/> read, and the problems it met while reading.</summary>
/// <param name="UnreadableFiles">
/// Files that could not be parsed at all (YAML syntax). Their entries are missing from
/// <paramref name="Facts"/>, so checking references against them would only add noise.
/// </param>
public sealed record FactReadResult(FactSet Facts, IReadOnlyList<FactError> Errors, IReadOnlyList<string> UnreadableFiles);
