using System.Net;

namespace DiplomacyGraph.Neo4j.Internal;

/// <summary>The parts of an HTTP answer the client uses: status, body, Location (new transactions) and the server's Date.</summary>
internal sealed record HttpAnswer(HttpStatusCode Status, ReadOnlyMemory<byte> Body, Uri? Location, DateTimeOffset? Date);
