namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// The cost the cost limit measured for the request's operation, before anything ran. The endpoint sets it as a
/// feature of the request (<c>http.Features.Get&lt;GraphQLOperationCost&gt;()</c>) before it calls the context
/// factory, so the host can act on it, e.g. run expensive requests in a lane of their own.
/// </summary>
public sealed record GraphQLOperationCost(long Cost);
