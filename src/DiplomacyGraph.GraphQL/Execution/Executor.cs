using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// Executes a validated document against a schema (https://spec.graphql.org/October2021/#sec-Execution),
/// as graphql-js's <c>execute</c> does: selects the operation, coerces the variables (request
/// errors if they are invalid), then runs a query's fields in parallel and a mutation's root fields
/// one after another, completing values with null propagation and collecting field errors.
/// </summary>
/// <remarks>
/// A subscription operation runs once, its root fields in parallel like a query's, as graphql-js 16's
/// <c>execute</c> does: there is no event stream here (graphql-js keeps that in <c>subscribe</c>), and
/// whether a transport serves subscriptions at all is the transport's decision. Cancelling
/// <see cref="ExecutionArgs.CancellationToken"/> stops the execution with
/// <see cref="OperationCanceledException"/>.
/// </remarks>
public static class Executor
{
    /// <exception cref="InvalidSchemaException">The schema is not valid.</exception>
    /// <exception cref="OperationCanceledException">The cancellation token was cancelled.</exception>
    public static Task<ExecutionResult> ExecuteAsync(ExecutionArgs args)
    {
        ArgumentNullException.ThrowIfNull(args);
        SchemaValidator.AssertValid(args.Schema);

        var requestErrors = BuildContext(args, out var context);
        if (requestErrors is not null)
        {
            return Task.FromResult(ExecutionResult.FromRequestErrors(requestErrors));
        }

        var operation = context!.Operation;
        var rootType = args.Schema.GetRootType(operation.Operation);
        if (rootType is null)
        {
            var error = new GraphQLError($"Schema is not configured to execute {OperationName(operation.Operation)} operation.", [operation]);
            return Task.FromResult(ExecutionResult.FromData(null, [error]));
        }

        var executor = new OperationExecutor(context);
        ValueTask<object?> data;
        try
        {
            data = executor.ExecuteRootFields(rootType, operation);
        }
        catch (LocatedErrorException exception)
        {
            context.AddError(exception.Error, null);
            return Task.FromResult(ExecutionResult.FromData(null, context.GetErrors()));
        }
        catch (GraphQLException exception)
        {
            // Collecting the root fields reads @skip/@include, whose arguments can be invalid at run time
            // (a nullable variable given null); graphql-js then answers null data with that one error.
            context.AddError(new GraphQLError(exception.Message, exception.Nodes, extensions: exception.Extensions, originalError: exception), null);
            return Task.FromResult(ExecutionResult.FromData(null, context.GetErrors()));
        }

        if (data.IsCompletedSuccessfully)
        {
            return Task.FromResult(ExecutionResult.FromData((IReadOnlyDictionary<string, object?>?)data.Result, context.GetErrors()));
        }

        return AwaitDataAsync(data, context);
    }

    private static async Task<ExecutionResult> AwaitDataAsync(ValueTask<object?> pending, ExecutionContext context)
    {
        try
        {
            var data = await pending.ConfigureAwait(false);
            return ExecutionResult.FromData((IReadOnlyDictionary<string, object?>?)data, context.GetErrors());
        }
        catch (LocatedErrorException exception)
        {
            context.AddError(exception.Error, null);
            return ExecutionResult.FromData(null, context.GetErrors());
        }
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#GetOperation() and #CoerceVariableValues() — the
    /// operation to run and its variables; request errors when either fails.
    /// </summary>
    private static List<GraphQLError>? BuildContext(ExecutionArgs args, out ExecutionContext? context)
    {
        context = null;
        OperationDefinitionNode? operation = null;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        foreach (var definition in args.Document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode candidate:
                    if (args.OperationName is null)
                    {
                        if (operation is not null)
                        {
                            return [new GraphQLError("Must provide operation name if query contains multiple operations.")];
                        }

                        operation = candidate;
                    }
                    else if (candidate.Name?.Value == args.OperationName)
                    {
                        operation = candidate;
                    }

                    break;
                case FragmentDefinitionNode fragment:
                    fragments[fragment.Name.Value] = fragment;
                    break;
            }
        }

        if (operation is null)
        {
            return args.OperationName is not null
                ? [new GraphQLError($"Unknown operation named \"{args.OperationName}\".")]
                : [new GraphQLError("Must provide an operation.")];
        }

        var variables = VariableValues.Coerce(args.Schema, operation.VariableDefinitions, args.VariableValues, out var variableErrors);
        if (variableErrors.Count > 0)
        {
            return [.. variableErrors];
        }

        context = new ExecutionContext(
            args.Schema,
            fragments,
            operation,
            variables,
            args.RootValue,
            args.UserContext,
            args.FieldResolver ?? FieldResolvers.ByFieldName,
            args.TypeResolver ?? TypeResolvers.Default,
            args.CancellationToken);
        return null;
    }

    private static string OperationName(OperationType operation) => operation switch
    {
        OperationType.Query => "query",
        OperationType.Mutation => "mutation",
        _ => "subscription",
    };
}
