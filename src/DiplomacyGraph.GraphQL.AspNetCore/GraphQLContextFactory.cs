using DiplomacyGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;

namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// Makes the per-request value resolvers see as their user context (a database session, a
/// statement log, the caller's identity): called once per request after the document is
/// validated and authorized, just before execution. The operation type lets a host open a read or
/// a write transaction. A value that is <see cref="IAsyncDisposable"/> or <see cref="IDisposable"/>
/// is disposed after the response is written.
/// </summary>
public delegate object? GraphQLContextFactory(HttpContext httpContext, OperationType operation);
