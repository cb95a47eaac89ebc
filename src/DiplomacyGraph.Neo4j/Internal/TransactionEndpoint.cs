using System.Text.Json;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>
/// Where transactions live on this server, read once from its root document (<c>GET /</c>):
/// 3.x answers <c>{"data": ".../db/data/"}</c> (transactions at <c>/db/data/transaction</c>); 4.x/5.x answer
/// <c>{"transaction": ".../db/{databaseName}/tx"}</c>. Only the path is kept: the host and port stay the ones the
/// client was configured with, since servers behind proxies or in containers often advertise names the
/// client cannot reach.
/// </summary>
internal sealed record TransactionEndpoint(Uri Begin, Uri AutoCommit)
{
    public static TransactionEndpoint FromRootDocument(JsonElement root, Uri serverUri, string database)
    {
        if (root.ValueKind == JsonValueKind.Object)
        {
            if (root.TryGetProperty("transaction", out var transaction) && transaction.ValueKind == JsonValueKind.String)
            {
                // Fill in the database before parsing: as a URI, the template's braces would be escaped.
                var advertised = transaction.GetString()!.Replace("{databaseName}", Uri.EscapeDataString(database), StringComparison.Ordinal);
                return At(serverUri, PathOf(advertised));
            }

            if (root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.String)
            {
                return At(serverUri, PathOf(data.GetString()!).TrimEnd('/') + "/transaction");
            }
        }

        throw new Neo4jProtocolException(
            $"{serverUri} does not look like Neo4j's HTTP API: its root document has neither 'transaction' (4.x/5.x) nor 'data' (3.x): {Shorten(root.GetRawText())}");
    }

    private static TransactionEndpoint At(Uri serverUri, string path)
    {
        var begin = new Uri(serverUri, path.TrimEnd('/'));
        return new TransactionEndpoint(begin, new Uri(begin + "/commit"));
    }

    private static string PathOf(string advertised) =>
        Uri.TryCreate(advertised, UriKind.Absolute, out var absolute) ? absolute.AbsolutePath : advertised;

    private static string Shorten(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
