using DiplomacyGraph.GraphQL.Serialization;

namespace DiplomacyGraph.GraphQL.Tests.Conformance;

/// <summary>
/// One document of the corpus and the request around it, read from its header comments
/// (<c># variables: {...}</c>, <c># operationName: Name</c>), exactly as differential.mjs reads them.
/// </summary>
internal sealed record CorpusDocument(string Name, string Text, IReadOnlyDictionary<string, object?>? Variables, string? OperationName)
{
    public static CorpusDocument Load(string name)
    {
        var text = File.ReadAllText(Path.Combine(CorpusPaths.Corpus, name));
        IReadOnlyDictionary<string, object?>? variables = null;
        string? operationName = null;
        foreach (var line in text.Split(["\r\n", "\n", "\r"], StringSplitOptions.None))
        {
            if (line.StartsWith("# variables:", StringComparison.Ordinal))
            {
                variables = (IReadOnlyDictionary<string, object?>?)JsonValueReader.Parse(line["# variables:".Length..]);
            }
            else if (line.StartsWith("# operationName:", StringComparison.Ordinal))
            {
                operationName = line["# operationName:".Length..].Trim();
            }
            else
            {
                break;
            }
        }

        return new CorpusDocument(name, text, variables, operationName);
    }
}
