using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// What one execution needs (graphql-js's <c>ExecutionArgs</c>): a valid schema, a validated
/// document, which operation to run, the raw variable values (plain CLR values as JSON gives them),
/// and the host's values. The document must have passed validation; the executor does not validate.
/// </summary>
public sealed class ExecutionArgs
{
    public required GraphQLSchema Schema { get; init; }

    public required DocumentNode Document { get; init; }

    /// <summary>Required when the document holds more than one operation.</summary>
    public string? OperationName { get; init; }

    /// <summary>Raw variable values by name; coerced to the operation's declared types before anything runs.</summary>
    public IReadOnlyDictionary<string, object?>? VariableValues { get; init; }

    /// <summary>The parent value of the root fields.</summary>
    public object? RootValue { get; init; }

    /// <summary>The host's per-request object, handed to every resolver as <see cref="ResolveFieldContext.UserContext"/>.</summary>
    public object? UserContext { get; init; }

    /// <summary>
    /// Resolves fields that have no resolver of their own; <see cref="FieldResolvers.ByFieldName"/>
    /// when null. <see cref="FieldResolvers.ByResponseKey"/> suits parents whose values are keyed by alias.
    /// </summary>
    public FieldResolver? FieldResolver { get; init; }

    /// <summary>Names the object type of abstract values whose type has no resolver; <see cref="TypeResolvers.Default"/> when null.</summary>
    public TypeResolver? TypeResolver { get; init; }

    /// <summary>
    /// Cancels the execution (the HTTP layer's per-request timeout uses it): no further resolver
    /// starts and <see cref="Executor.ExecuteAsync"/> throws <see cref="OperationCanceledException"/>.
    /// </summary>
    public CancellationToken CancellationToken { get; init; }
}
