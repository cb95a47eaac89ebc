using System.Text;

namespace DiplomacyGraph.Neo4j;

/// <summary>
/// Base of the client's one exception family. <see cref="Code"/> is Neo4j's status code
/// (<c>Neo.ClientError.*</c>, <c>Neo.TransientError.*</c>, <c>Neo.DatabaseError.*</c>) when the error came
/// from the server, and null for failures on the way there (connection, timeout, unexpected answer).
/// </summary>
public abstract class Neo4jException : Exception
{
    private IReadOnlyList<Exception> _previousAttempts = [];

    protected Neo4jException(string? code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public string? Code { get; }

    /// <summary>True only when trying the same work again may succeed (transient errors, connection failures).</summary>
    public abstract bool IsRetriable { get; }

    /// <summary>When the client retried before giving up, the errors of the earlier attempts, oldest first.</summary>
    public IReadOnlyList<Exception> PreviousAttempts => _previousAttempts;

    public override string Message
    {
        get
        {
            if (_previousAttempts.Count == 0)
            {
                return base.Message;
            }

            var message = new StringBuilder(base.Message);
            message.Append(System.Globalization.CultureInfo.InvariantCulture, $" (gave up after {_previousAttempts.Count + 1} attempts; earlier errors:");
            for (var i = 0; i < _previousAttempts.Count; i++)
            {
                message.Append(System.Globalization.CultureInfo.InvariantCulture, $" [{i + 1}] {_previousAttempts[i].Message}");
            }

            return message.Append(')').ToString();
        }
    }

    internal void AttachPreviousAttempts(IReadOnlyList<Exception> previousAttempts) => _previousAttempts = previousAttempts;
}
