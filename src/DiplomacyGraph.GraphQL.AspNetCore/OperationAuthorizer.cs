using DiplomacyGraph.GraphQL.Language.Ast;
using Microsoft.AspNetCore.Http;

namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// Decides whether the request may run an operation of this type (e.g. mutations need an API key
/// header). Called after validation and before execution; null lets the request through, a
/// <see cref="GraphQLRequestDenial"/> refuses it with its status code and message.
/// </summary>
public delegate GraphQLRequestDenial? OperationAuthorizer(HttpContext httpContext, OperationType operation);
