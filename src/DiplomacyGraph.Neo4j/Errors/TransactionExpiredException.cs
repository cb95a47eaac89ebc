namespace DiplomacyGraph.Neo4j;

/// <summary>
/// The explicit transaction no longer exists on the server (<c>Neo.ClientError.Transaction.TransactionNotFound</c>):
/// it stayed idle past the server's idle timeout, or the server rolled it back.
/// </summary>
public sealed class TransactionExpiredException : ClientException
{
    public const string NotFoundCode = "Neo.ClientError.Transaction.TransactionNotFound";

    public TransactionExpiredException(Uri transaction, string serverMessage)
        : base(NotFoundCode,
            $"The transaction {transaction} no longer exists on the server: it was idle longer than the server's " +
            $"transaction idle timeout (dbms.rest.transaction.idle_timeout), or was rolled back. Server said: {serverMessage}")
    {
        Transaction = transaction;
    }

    public Uri Transaction { get; }
}
