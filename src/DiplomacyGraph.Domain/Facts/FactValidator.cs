using DiplomacyGraph.Domain.Corpus;
using DiplomacyGraph.Domain.Facts.Validation;

namespace DiplomacyGraph.Domain.Facts;

/// <summary>
/// Checks everything the loader relies on before anything is written, and reports every problem
/// found (not only the first), each with file and line. Without a corpus, the checks that need
/// article text (span inside its article, span names the fact's entities) are skipped.
/// </summary>
public static class FactValidator
{
    public static IReadOnlyList<FactError> Validate(FactSet facts, ArticleCorpus? corpus)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var context = new ValidationContext(facts, corpus);
        RelationshipTypesRule.Check(context);
        KindsRule.Check(context);
        IdentifierRule.Check(context);
        ArticleRule.Check(context);
        EntityRule.Check(context);
        NameClaimRule.Check(context);
        RelationRule.Check(context);
        EvidenceRule.Check(context);
        return [.. context.Errors
            .Distinct()
            .OrderBy(error => error.File, StringComparer.Ordinal)
            .ThenBy(error => error.Line)];
    }

    /// <summary>
    /// Reads the data folder and validates it: the read errors and the validation errors together.
    /// When a file is not valid YAML, only the read errors are returned: the entries it holds are
    /// unknown, and every reference to them would be reported as well.
    /// </summary>
    public static FactReadResult ReadAndValidate(string dataFolder, ArticleCorpus? corpus)
    {
        var read = FactFileReader.Read(dataFolder);
        if (read.UnreadableFiles.Count > 0)
        {
            return read;
        }

        var errors = read.Errors.Concat(Validate(read.Facts, corpus))
            .Distinct()
            .OrderBy(error => error.File, StringComparer.Ordinal)
            .ThenBy(error => error.Line)
            .ToList();
        return read with { Errors = errors };
    }
}
