using System.Collections;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// Runs one operation's selection sets: https://spec.graphql.org/October2021/#sec-Executing-Selection-Sets,
/// #sec-Executing-Fields and #sec-Value-Completion, following graphql-js's <c>execute.js</c>.
/// Every step returns a <see cref="ValueTask{TResult}"/> that is already complete when the
/// resolvers below it were synchronous, so in-memory data never touches the thread pool. A field
/// error becomes null at the nearest nullable position: nullable fields record it and yield null;
/// non-null fields throw <see cref="LocatedErrorException"/> to their parent.
/// </summary>
internal sealed class OperationExecutor(ExecutionContext context)
{
    /// <summary>
    /// A mutation's root fields run serially; a query's and a subscription's in parallel (graphql-js's
    /// <c>executeOperation</c> runs a subscription's root fields once, like a query's).
    /// </summary>
    public ValueTask<object?> ExecuteRootFields(GraphQLObjectType rootType, OperationDefinitionNode operation)
    {
        var fields = FieldCollector.CollectOrderedFields(context.Schema, context.Fragments, context.VariableValues, rootType, operation.SelectionSet);
        return operation.Operation == OperationType.Mutation
            ? ExecuteFieldsSeriallyAsync(rootType, context.RootValue, fields)
            : ExecuteFields(rootType, context.RootValue, null, fields);
    }

    /// <summary>https://spec.graphql.org/October2021/#sec-Mutation — root fields one after another, each finished before the next starts.</summary>
    private async ValueTask<object?> ExecuteFieldsSeriallyAsync(
        GraphQLObjectType parentType,
        object? source,
        OrderedDictionary<string, IReadOnlyList<FieldNode>> fields)
    {
        var results = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        foreach (var (responseName, fieldNodes) in fields)
        {
            var fieldDefinition = GetFieldDefinition(parentType, fieldNodes[0]);
            if (fieldDefinition is null)
            {
                continue;
            }

            var path = new ResponsePath(null, responseName, parentType.Name);
            results[responseName] = await ExecuteField(parentType, source, fieldDefinition, fieldNodes, path).ConfigureAwait(false);
        }

        return results;
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#sec-Normal-and-Serial-Execution — every field is started
    /// before any is awaited, so asynchronous resolvers run concurrently. Results keep field order.
    /// </summary>
    private ValueTask<object?> ExecuteFields(
        GraphQLObjectType parentType,
        object? source,
        ResponsePath? path,
        OrderedDictionary<string, IReadOnlyList<FieldNode>> fields)
    {
        var results = new Dictionary<string, object?>(fields.Count, StringComparer.Ordinal);
        List<(string Key, ValueTask<object?> Value)>? pending = null;
        for (var i = 0; i < fields.Count; i++)
        {
            var (responseName, fieldNodes) = fields.GetAt(i);
            var fieldNode = fieldNodes[0];
            if (fieldNode.Name.Value == "__typename")
            {
                // The commonest meta field needs no resolver call.
                results[responseName] = parentType.Name;
                continue;
            }

            var fieldDefinition = GetFieldDefinition(parentType, fieldNode);
            if (fieldDefinition is null)
            {
                continue;
            }

            ValueTask<object?> value;
            try
            {
                value = ExecuteField(parentType, source, fieldDefinition, fieldNodes, new ResponsePath(path, responseName, parentType.Name));
            }
            catch when (pending is not null)
            {
                Observe(pending, 0);
                throw;
            }

            if (value.IsCompletedSuccessfully)
            {
                results[responseName] = value.Result;
            }
            else
            {
                // Hold the key's place so the response keeps the requested order.
                results[responseName] = null;
                (pending ??= []).Add((responseName, value));
            }
        }

        return pending is null ? new ValueTask<object?>(results) : AwaitFieldsAsync(results, pending);
    }

    private static async ValueTask<object?> AwaitFieldsAsync(Dictionary<string, object?> results, List<(string Key, ValueTask<object?> Value)> pending)
    {
        for (var i = 0; i < pending.Count; i++)
        {
            try
            {
                results[pending[i].Key] = await pending[i].Value.ConfigureAwait(false);
            }
            catch
            {
                Observe(pending, i + 1);
                throw;
            }
        }

        return results;
    }

    /// <summary>
    /// Lets fields still running finish on their own once a sibling's error has nulled the parent:
    /// their results are no longer needed, and errors they record are dropped as below a null.
    /// </summary>
    private static void Observe<TKey>(List<(TKey Key, ValueTask<object?> Value)> pending, int from)
    {
        for (var i = from; i < pending.Count; i++)
        {
            _ = pending[i].Value.AsTask().ContinueWith(
                static task => _ = task.Exception,
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    /// <summary>https://spec.graphql.org/October2021/#ExecuteField() — coerce arguments, resolve, complete.</summary>
    private ValueTask<object?> ExecuteField(
        GraphQLObjectType parentType,
        object? source,
        GraphQLField fieldDefinition,
        IReadOnlyList<FieldNode> fieldNodes,
        ResponsePath path)
    {
        var returnType = fieldDefinition.Type;
        try
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var arguments = ArgumentValues.ForField(fieldDefinition, fieldNodes[0], context.VariableValues);
            var info = new ResolveFieldContext(context, source, arguments, fieldDefinition, fieldNodes, parentType, path);
            var resolver = fieldDefinition.Resolve ?? context.DefaultFieldResolver;
            var resolved = resolver(info);
            if (!resolved.IsCompletedSuccessfully)
            {
                return CompleteWhenResolvedAsync(resolved, returnType, fieldNodes, info, path);
            }

            var completed = CompleteValue(returnType, fieldNodes, info, path, resolved.Result);
            return completed.IsCompletedSuccessfully ? completed : HandleErrorsAsync(completed, returnType, fieldNodes, path);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return new ValueTask<object?>(HandleFieldError(Locate(exception, fieldNodes, path), returnType, path));
        }
    }

    private async ValueTask<object?> CompleteWhenResolvedAsync(
        ValueTask<object?> resolving,
        GraphQLType returnType,
        IReadOnlyList<FieldNode> fieldNodes,
        ResolveFieldContext info,
        ResponsePath path)
    {
        try
        {
            var resolved = await resolving.ConfigureAwait(false);
            return await CompleteValue(returnType, fieldNodes, info, path, resolved).ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(Locate(exception, fieldNodes, path), returnType, path);
        }
    }

    private async ValueTask<object?> HandleErrorsAsync(
        ValueTask<object?> completing,
        GraphQLType returnType,
        IReadOnlyList<FieldNode> fieldNodes,
        ResponsePath path)
    {
        try
        {
            return await completing.ConfigureAwait(false);
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            return HandleFieldError(Locate(exception, fieldNodes, path), returnType, path);
        }
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#sec-Handling-Field-Errors — a nullable position takes
    /// the error and becomes null; a non-null one passes it to its parent.
    /// </summary>
    private object? HandleFieldError(GraphQLError error, GraphQLType returnType, ResponsePath path)
    {
        if (returnType is GraphQLNonNull)
        {
            throw new LocatedErrorException(error);
        }

        context.AddError(error, path);
        return null;
    }

    /// <summary>graphql-js's <c>locatedError</c>: the error with the field's nodes and path, unless it has them already.</summary>
    private static GraphQLError Locate(Exception exception, IReadOnlyList<FieldNode> fieldNodes, ResponsePath path) => exception switch
    {
        LocatedErrorException located => located.Error,
        GraphQLException graphQLException => new GraphQLError(
            graphQLException.Message,
            graphQLException.Nodes ?? fieldNodes,
            path.ToList(),
            graphQLException.Extensions,
            graphQLException),
        _ => new GraphQLError(exception.Message, fieldNodes, path.ToList(), originalError: exception),
    };

    private bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && context.CancellationToken.IsCancellationRequested;

    /// <summary>https://spec.graphql.org/October2021/#CompleteValue()</summary>
    private ValueTask<object?> CompleteValue(
        GraphQLType returnType,
        IReadOnlyList<FieldNode> fieldNodes,
        ResolveFieldContext info,
        ResponsePath path,
        object? result)
    {
        if (result is Exception returnedError)
        {
            // A resolver may return an error instead of throwing it, as in graphql-js.
            throw returnedError;
        }

        if (returnType is GraphQLNonNull nonNull)
        {
            var completed = CompleteValue(nonNull.OfType, fieldNodes, info, path, result);
            if (!completed.IsCompletedSuccessfully)
            {
                return EnsureNotNullAsync(completed, info);
            }

            return completed.Result is null ? throw NullForNonNullField(info) : completed;
        }

        if (result is null)
        {
            return new ValueTask<object?>((object?)null);
        }

        return returnType switch
        {
            GraphQLList list => CompleteListValue(list, fieldNodes, info, path, result),
            GraphQLScalarType scalar => new ValueTask<object?>(CompleteLeafValue(scalar, scalar.Serialize(result), result)),
            GraphQLEnumType enumType => new ValueTask<object?>(CompleteLeafValue(enumType, enumType.Serialize(result), result)),
            IGraphQLAbstractType abstractType => CompleteAbstractValue(abstractType, fieldNodes, info, path, result),
            GraphQLObjectType objectType => CompleteObjectValue(objectType, fieldNodes, info, path, result),
            _ => throw new InvalidOperationException("Cannot complete value of unexpected output type: " + returnType),
        };
    }

    private static async ValueTask<object?> EnsureNotNullAsync(ValueTask<object?> completing, ResolveFieldContext info) =>
        await completing.ConfigureAwait(false) ?? throw NullForNonNullField(info);

    private static InvalidOperationException NullForNonNullField(ResolveFieldContext info) =>
        new($"Cannot return null for non-nullable field {info.ParentType.Name}.{info.FieldName}.");

    private static object CompleteLeafValue(GraphQLNamedType type, object? serialized, object result) =>
        serialized ?? throw new InvalidOperationException(
            $"Expected `{type.Name}.serialize({Inspect.Value(result)})` to return non-nullable value, returned: null");

    /// <summary>https://spec.graphql.org/October2021/#sec-List.Result-Coercion — each item completed at its index; an item's error nulls the item (or the list, for non-null items).</summary>
    private ValueTask<object?> CompleteListValue(
        GraphQLList returnType,
        IReadOnlyList<FieldNode> fieldNodes,
        ResolveFieldContext info,
        ResponsePath path,
        object result)
    {
        if (!RuntimeValues.TryReadList(result, out var items))
        {
            throw new GraphQLException($"Expected Iterable, but did not find one for field \"{info.ParentType.Name}.{info.FieldName}\".");
        }

        var itemType = returnType.OfType;
        var completedItems = result is ICollection collection ? new List<object?>(collection.Count) : [];
        List<(int Index, ValueTask<object?> Value)>? pending = null;
        if (result is IList list)
        {
            // Walked by index: no enumerator to allocate for the common case.
            for (var index = 0; index < list.Count; index++)
            {
                CompleteItem(itemType, fieldNodes, info, path, list[index], index, completedItems, ref pending);
            }
        }
        else
        {
            var index = 0;
            foreach (var item in items)
            {
                CompleteItem(itemType, fieldNodes, info, path, item, index++, completedItems, ref pending);
            }
        }

        return pending is null ? new ValueTask<object?>(completedItems) : AwaitItemsAsync(completedItems, pending);
    }

    private void CompleteItem(
        GraphQLType itemType,
        IReadOnlyList<FieldNode> fieldNodes,
        ResolveFieldContext info,
        ResponsePath listPath,
        object? item,
        int index,
        List<object?> completedItems,
        ref List<(int Index, ValueTask<object?> Value)>? pending)
    {
        var itemPath = new ResponsePath(listPath, index);
        try
        {
            var completed = CompleteValue(itemType, fieldNodes, info, itemPath, item);
            if (completed.IsCompletedSuccessfully)
            {
                completedItems.Add(completed.Result);
            }
            else
            {
                completedItems.Add(null);
                (pending ??= []).Add((index, HandleErrorsAsync(completed, itemType, fieldNodes, itemPath)));
            }
        }
        catch (Exception exception) when (!IsCancellation(exception))
        {
            try
            {
                completedItems.Add(HandleFieldError(Locate(exception, fieldNodes, itemPath), itemType, itemPath));
            }
            catch when (pending is not null)
            {
                Observe(pending, 0);
                throw;
            }
        }
    }

    private static async ValueTask<object?> AwaitItemsAsync(List<object?> items, List<(int Index, ValueTask<object?> Value)> pending)
    {
        for (var i = 0; i < pending.Count; i++)
        {
            try
            {
                items[pending[i].Index] = await pending[i].Value.ConfigureAwait(false);
            }
            catch
            {
                Observe(pending, i + 1);
                throw;
            }
        }

        return items;
    }

    /// <summary>https://spec.graphql.org/October2021/#ResolveAbstractType() — find the value's object type, then complete as that type.</summary>
    private ValueTask<object?> CompleteAbstractValue(
        IGraphQLAbstractType returnType,
        IReadOnlyList<FieldNode> fieldNodes,
        ResolveFieldContext info,
        ResponsePath path,
        object result)
    {
        var resolveType = returnType.ResolveType ?? context.DefaultTypeResolver;
        var runtimeTypeName = resolveType(result, info, returnType);
        var runtimeType = EnsureValidRuntimeType(runtimeTypeName, returnType, fieldNodes, info);
        return CompleteObjectValue(runtimeType, fieldNodes, info, path, result);
    }

    private GraphQLObjectType EnsureValidRuntimeType(
        string? runtimeTypeName,
        IGraphQLAbstractType returnType,
        IReadOnlyList<FieldNode> fieldNodes,
        ResolveFieldContext info)
    {
        if (runtimeTypeName is null)
        {
            throw new GraphQLException(
                $"Abstract type \"{returnType.Name}\" must resolve to an Object type at runtime for field \"{info.ParentType.Name}.{info.FieldName}\". Either the \"{returnType.Name}\" type should provide a \"resolveType\" function or each possible type should provide an \"isTypeOf\" function.",
                nodes: fieldNodes);
        }

        var runtimeType = context.Schema.GetType(runtimeTypeName) ?? throw new GraphQLException(
            $"Abstract type \"{returnType.Name}\" was resolved to a type \"{runtimeTypeName}\" that does not exist inside the schema.",
            nodes: fieldNodes);
        if (runtimeType is not GraphQLObjectType objectType)
        {
            throw new GraphQLException(
                $"Abstract type \"{returnType.Name}\" was resolved to a non-object type \"{runtimeTypeName}\".",
                nodes: fieldNodes);
        }

        if (!context.Schema.IsSubType(returnType, objectType))
        {
            throw new GraphQLException(
                $"Runtime Object type \"{objectType.Name}\" is not a possible type for \"{returnType.Name}\".",
                nodes: fieldNodes);
        }

        return objectType;
    }

    /// <summary>https://spec.graphql.org/October2021/#sec-Objects.Result-Coercion — the sub-selection, executed against the value.</summary>
    private ValueTask<object?> CompleteObjectValue(
        GraphQLObjectType returnType,
        IReadOnlyList<FieldNode> fieldNodes,
        ResolveFieldContext info,
        ResponsePath path,
        object result)
    {
        var subfields = context.CollectSubfields(returnType, fieldNodes);
        if (returnType.IsTypeOf is { } isTypeOf && !isTypeOf(result, info))
        {
            throw new GraphQLException($"Expected value of type \"{returnType.Name}\" but got: {Inspect.Value(result)}.", nodes: fieldNodes);
        }

        return ExecuteFields(returnType, result, path, subfields);
    }

    /// <summary>The field's definition, including the meta fields <c>__schema</c> and <c>__type</c> on the query root and <c>__typename</c> everywhere.</summary>
    private GraphQLField? GetFieldDefinition(GraphQLObjectType parentType, FieldNode fieldNode)
    {
        var name = fieldNode.Name.Value;
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            if (name == "__schema" && ReferenceEquals(context.Schema.QueryType, parentType))
            {
                return Introspection.SchemaMetaField;
            }

            if (name == "__type" && ReferenceEquals(context.Schema.QueryType, parentType))
            {
                return Introspection.TypeMetaField;
            }

            if (name == "__typename")
            {
                return Introspection.TypeNameMetaField;
            }
        }

        return parentType.GetField(name);
    }
}
