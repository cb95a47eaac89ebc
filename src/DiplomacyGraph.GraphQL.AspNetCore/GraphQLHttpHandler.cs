using System.Buffers;
using System.Text.Json;
using DiplomacyGraph.GraphQL.AspNetCore.Ide;
using DiplomacyGraph.GraphQL.AspNetCore.Transport;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Serialization;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;
using DiplomacyGraph.GraphQL.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// One GraphQL endpoint: reads a GraphQL-over-HTTP request
/// (https://graphql.github.io/graphql-over-http/draft/), parses and validates its document (or
/// takes both from the cache), checks method and authorization, executes with a deadline and
/// writes the result in the negotiated media type with the status code the spec asks for.
/// </summary>
internal sealed class GraphQLHttpHandler
{
    private readonly GraphQLSchema _schema;
    private readonly GraphQLHttpOptions _options;
    private readonly PathString _endpointPath;
    private readonly DocumentCache _documents;
    private readonly BananaCakePopFiles? _ide;
    private readonly ILogger _logger;
    private readonly Lazy<byte[]> _sdl;

    public GraphQLHttpHandler(GraphQLSchema schema, GraphQLHttpOptions options, PathString endpointPath, ILogger logger)
    {
        _schema = schema;
        _options = options;
        _endpointPath = endpointPath;
        _logger = logger;
        _documents = new DocumentCache(options.DocumentCacheCapacity, options.DocumentCacheMaxBytes);
        _ide = options.IdeDirectory is { } directory ? new BananaCakePopFiles(directory, options.IdeTitle) : null;
        _sdl = new Lazy<byte[]>(() => System.Text.Encoding.UTF8.GetBytes(SchemaPrinter.Print(schema)));
    }

    internal DocumentCache Documents => _documents;

    /// <summary>A file of the IDE below the endpoint's path; 404 when no IDE is served.</summary>
    public Task HandleFileAsync(HttpContext http, string relativePath)
    {
        // "/graphql/" is the endpoint itself, written with a trailing slash.
        if (relativePath.Length == 0)
        {
            return HandleAsync(http);
        }

        if (_ide is null)
        {
            http.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        }

        return _ide.ServeFileAsync(http, _endpointPath, relativePath);
    }

    public async Task HandleAsync(HttpContext http)
    {
        try
        {
            await HandleRequestAsync(http);
        }
        catch (Exception exception) when (!http.Response.HasStarted && !http.RequestAborted.IsCancellationRequested)
        {
            // An engine or resolver-plumbing bug, not a field error (those are data). The client
            // learns only that the server failed; the details go to the log.
            _logger.LogError(exception, "The GraphQL request failed unexpectedly.");
            http.Response.Clear();
            await WriteRequestErrorAsync(http, ResponseMediaType.Json, new RequestError(
                StatusCodes.Status500InternalServerError,
                "The server failed to process the request.",
                GraphQLHttpErrorCodes.InternalError));
        }
    }

    private async Task HandleRequestAsync(HttpContext http)
    {
        var request = http.Request;
        var isGet = HttpMethods.IsGet(request.Method);
        if (isGet)
        {
            if (_options.EnableSchemaDownload && request.Query.ContainsKey("sdl"))
            {
                await WriteSdlAsync(http);
                return;
            }

            if (_ide is not null && request.Query.Count == 0 && AcceptNegotiation.PrefersHtml(request.Headers.Accept))
            {
                await _ide.ServePageAsync(http, _endpointPath);
                return;
            }
        }
        else if (!HttpMethods.IsPost(request.Method))
        {
            await WriteRequestErrorAsync(http, ResponseMediaType.Json, new RequestError(
                StatusCodes.Status405MethodNotAllowed,
                $"The method {request.Method} is not allowed; send GraphQL requests with GET or POST.",
                GraphQLHttpErrorCodes.MethodNotAllowed) { Headers = new Dictionary<string, string> { ["Allow"] = "GET, POST" } });
            return;
        }

        // The body's media type and status code depend on Accept; caches must key on it.
        http.Response.Headers.Vary = "Accept";

        // https://graphql.github.io/graphql-over-http/draft/#sec-Accept
        if (AcceptNegotiation.Negotiate(request.Headers.Accept) is not { } mediaType)
        {
            await WriteRequestErrorAsync(http, ResponseMediaType.Json, new RequestError(
                StatusCodes.Status406NotAcceptable,
                $"The Accept header allows neither {AcceptNegotiation.GraphQLResponseJson} nor {AcceptNegotiation.Json}.",
                GraphQLHttpErrorCodes.NotAcceptable));
            return;
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted);
        deadline.CancelAfter(_options.RequestTimeout);
        try
        {
            await HandleGraphQLRequestAsync(http, isGet, mediaType, deadline.Token);
        }
        catch (OperationCanceledException) when (deadline.IsCancellationRequested && !http.RequestAborted.IsCancellationRequested)
        {
            // The client gets no partial data: a timed-out request is one that did not complete.
            await WriteRequestErrorAsync(http, mediaType, new RequestError(
                mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status504GatewayTimeout : StatusCodes.Status200OK,
                $"The request took longer than the {_options.RequestTimeout.TotalSeconds:0.###} s allowed and was cancelled.",
                GraphQLHttpErrorCodes.RequestTimeout));
        }
    }

    private async Task HandleGraphQLRequestAsync(HttpContext http, bool isGet, ResponseMediaType mediaType, CancellationToken cancellationToken)
    {
        var (graphQLRequest, requestError) = isGet
            ? GraphQLRequestReader.ReadGet(http.Request.Query)
            : await GraphQLRequestReader.ReadPostAsync(http.Request, _options.MaxRequestBodyBytes, cancellationToken);
        if (requestError is not null)
        {
            await WriteRequestErrorAsync(http, mediaType, requestError);
            return;
        }

        var request = graphQLRequest!;

        // Checked before parsing, so an oversized document is never tokenized.
        if (_options.Limits.CheckDocumentLength(request.Query) is { } tooLong)
        {
            await WriteGraphQLRequestErrorsAsync(http, mediaType, [tooLong]);
            return;
        }

        if (!TryGetDocument(request.Query, out var document, out var syntaxError))
        {
            await WriteGraphQLRequestErrorsAsync(http, mediaType, [syntaxError.WithDefaultCode(ErrorCodePolicy.ParseFailed)]);
            return;
        }

        var operation = OperationSelector.Find(document.Document, request.OperationName);

        // https://graphql.github.io/graphql-over-http/draft/#sec-GET — a GET must not change
        // anything (caches and prefetchers replay GETs), so mutations are refused over GET. (A
        // subscription is refused below whatever the method: POST would not serve it either.)
        if (isGet && operation is { Operation: OperationType.Mutation })
        {
            await WriteRequestErrorAsync(http, mediaType, new RequestError(
                StatusCodes.Status405MethodNotAllowed,
                $"A {operation.Operation.ToString().ToLowerInvariant()} cannot be sent with GET; use POST.",
                GraphQLHttpErrorCodes.MethodNotAllowed) { Headers = new Dictionary<string, string> { ["Allow"] = "POST" } });
            return;
        }

        if (document.ValidationErrors.Count > 0)
        {
            await WriteGraphQLRequestErrorsAsync(http, mediaType, ErrorCodePolicy.Coded(document.ValidationErrors, ErrorCodePolicy.ValidationFailed));
            return;
        }

        // The depth, cost and alias limits run per request, not with the cached validation: a
        // page size given as a variable counts in the cost, so the verdict depends on the variables.
        long? operationCost = null;
        var limitErrors = Validator.Validate(_schema, document.Document, _options.Limits.CreateRules(
            request.Variables,
            (measured, cost) => operationCost = operation is null || ReferenceEquals(measured, operation) ? cost : operationCost));
        if (limitErrors.Count > 0)
        {
            await WriteGraphQLRequestErrorsAsync(http, mediaType, ErrorCodePolicy.Coded(limitErrors, ErrorCodePolicy.ValidationFailed));
            return;
        }

        // The engine would run a subscription once like a query (as graphql-js's execute does);
        // this transport answers one response per request and has no event stream, so it refuses
        // it as a GraphQL request error, as graphql-http (the reference server) does: no data,
        // 400 under application/graphql-response+json, 200 under legacy application/json.
        if (operation is { Operation: OperationType.Subscription })
        {
            await WriteGraphQLRequestErrorsAsync(http, mediaType, [SubscriptionRefusal(operation)]);
            return;
        }

        if (operationCost is { } measuredCost)
        {
            http.Features.Set(new GraphQLOperationCost(measuredCost));
        }

        var operationType = operation?.Operation ?? OperationType.Query;
        if (_options.AuthorizeOperation?.Invoke(http, operationType) is { } denial)
        {
            await WriteRequestErrorAsync(http, mediaType, new RequestError(denial.StatusCode, denial.Message, denial.Code));
            return;
        }

        var userContext = _options.ContextFactory?.Invoke(http, operationType);
        try
        {
            var result = await Executor.ExecuteAsync(new ExecutionArgs
            {
                Schema = _schema,
                Document = document.Document,
                RootValue = _options.RootValue,
                OperationName = request.OperationName,
                VariableValues = request.Variables,
                UserContext = userContext,
                CancellationToken = cancellationToken,
            });
            cancellationToken.ThrowIfCancellationRequested();
            if (operationCost is { } cost && OperationCostReport.IsRequested(http.Request))
            {
                result = OperationCostReport.Attach(result, cost, _options.Limits.MaxCost);
            }

            LogFieldFailures(result);
            result = ErrorCodePolicy.Coded(result);
            if (UnavailabilityOf(result) is not null)
            {
                http.Response.Headers.RetryAfter = ((int)Math.Ceiling(_options.RetryAfter.TotalSeconds)).ToString(System.Globalization.CultureInfo.InvariantCulture);
                await WriteBodyAsync(http, mediaType, StatusCodes.Status503ServiceUnavailable, writer => ResponseJsonWriter.WriteResult(writer, result));
                return;
            }

            await WriteExecutionResultAsync(http, mediaType, result);
        }
        finally
        {
            switch (userContext)
            {
                case IAsyncDisposable asyncDisposable:
                    await asyncDisposable.DisposeAsync();
                    break;
                case IDisposable disposable:
                    disposable.Dispose();
                    break;
            }
        }
    }

    /// <summary>The first error whose code says the service cannot answer now (unavailable, busy), or null.</summary>
    private GraphQLError? UnavailabilityOf(ExecutionResult result) =>
        result.Errors?.FirstOrDefault(error => error.Extensions?.GetValueOrDefault("code") is string code && _options.ServiceUnavailableCodes.Contains(code));

    /// <summary>Field errors keep their cause out of the response; the log gets it.</summary>
    private void LogFieldFailures(ExecutionResult result)
    {
        foreach (var error in result.Errors ?? [])
        {
            if (error.OriginalError is { } cause)
            {
                _logger.LogWarning(cause, "Field error {Code} at {Path}: {Message}", error.Extensions?.GetValueOrDefault("code"), string.Join('.', error.Path ?? []), cause.Message);
            }
        }
    }

    /// <summary>
    /// The document for a query text: from the cache, or parsed, validated with the specified
    /// rules (which depend on the text alone) and cached.
    /// </summary>
    private bool TryGetDocument(string query, out ValidatedDocument document, out GraphQLError syntaxError)
    {
        syntaxError = null!;
        if (_documents.TryGet(query, out document))
        {
            return true;
        }

        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(query, _options.ParserOptions);
        }
        catch (GraphQLSyntaxException exception)
        {
            syntaxError = exception.Error;
            return false;
        }

        var errors = Validator.Validate(_schema, parsed, hideSuggestions: _options.HideSuggestions);
        document = new ValidatedDocument(parsed, errors);
        _documents.Add(query, document);
        return true;
    }

    private async Task WriteSdlAsync(HttpContext http)
    {
        http.Response.ContentType = "text/plain; charset=utf-8";
        http.Response.Headers.ContentDisposition = "inline; filename=\"schema.graphql\"";
        await http.Response.Body.WriteAsync(_sdl.Value);
    }

    /// <summary>
    /// Errors of the GraphQL request itself (syntax, validation): no <c>data</c> entry, 400 under
    /// <c>application/graphql-response+json</c>, 200 under legacy <c>application/json</c>
    /// (https://graphql.github.io/graphql-over-http/draft/#sec-application-json).
    /// </summary>
    private static Task WriteGraphQLRequestErrorsAsync(HttpContext http, ResponseMediaType mediaType, IReadOnlyList<GraphQLError> errors) =>
        WriteBodyAsync(http, mediaType, RequestErrorStatus(mediaType), writer =>
        {
            writer.WriteStartObject();
            ResponseJsonWriter.WriteErrors(writer, errors);
            writer.WriteEndObject();
        });

    private static GraphQLError SubscriptionRefusal(OperationDefinitionNode operation) =>
        new(
            "Subscriptions are not supported over this endpoint: it answers each request with one response.",
            [operation],
            extensions: new Dictionary<string, object?> { ["code"] = GraphQLHttpErrorCodes.SubscriptionNotSupported });

    private static Task WriteRequestErrorAsync(HttpContext http, ResponseMediaType mediaType, RequestError error)
    {
        if (error.Headers is { } headers)
        {
            foreach (var (name, value) in headers)
            {
                http.Response.Headers[name] = value;
            }
        }

        return WriteBodyAsync(http, mediaType, error.StatusCode, writer =>
        {
            writer.WriteStartObject();
            writer.WriteStartArray("errors");
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            writer.WriteStartObject("extensions");
            writer.WriteString("code", error.Code);
            writer.WriteEndObject();
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteEndObject();
        });
    }

    /// <summary>
    /// https://graphql.github.io/graphql-over-http/draft/#sec-application-graphql-response-json —
    /// a result with a <c>data</c> entry (even null) is 200; one without (variables that did not
    /// coerce, an unknown operation name) is a request error.
    /// </summary>
    private static Task WriteExecutionResultAsync(HttpContext http, ResponseMediaType mediaType, ExecutionResult result)
    {
        var status = result.HasData ? StatusCodes.Status200OK : RequestErrorStatus(mediaType);
        return WriteBodyAsync(http, mediaType, status, writer => ResponseJsonWriter.WriteResult(writer, result));
    }

    private static int RequestErrorStatus(ResponseMediaType mediaType) =>
        mediaType == ResponseMediaType.GraphQLResponseJson ? StatusCodes.Status400BadRequest : StatusCodes.Status200OK;

    /// <summary>
    /// Writes the whole body into a buffer before any of it reaches the response: a value that has
    /// no JSON form then fails the request cleanly (a 500 with one error body) instead of leaving a
    /// half-written result in the response ahead of the error.
    /// </summary>
    private static async Task WriteBodyAsync(HttpContext http, ResponseMediaType mediaType, int statusCode, Action<Utf8JsonWriter> write)
    {
        var body = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(body, ResponseJsonWriter.WriterOptions))
        {
            write(writer);
        }

        http.Response.StatusCode = statusCode;
        http.Response.ContentType = mediaType == ResponseMediaType.GraphQLResponseJson
            ? "application/graphql-response+json; charset=utf-8"
            : "application/json; charset=utf-8";
        http.Response.ContentLength = body.WrittenCount;
        await http.Response.Body.WriteAsync(body.WrittenMemory);
    }
}
