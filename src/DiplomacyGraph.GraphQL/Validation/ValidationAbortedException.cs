namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// Thrown inside the validator to stop walking a document: the error limit was reached or a
/// work budget was spent. Never escapes <see cref="Validator"/>, which turns it into an error.
/// </summary>
internal sealed class ValidationAbortedException : Exception
{
    public ValidationAbortedException(bool errorLimitReached = false)
        : base(errorLimitReached ? "Too many validation errors, error limit reached." : "Validation aborted.")
    {
        ErrorLimitReached = errorLimitReached;
    }

    public bool ErrorLimitReached { get; }
}
