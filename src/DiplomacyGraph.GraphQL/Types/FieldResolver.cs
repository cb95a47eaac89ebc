using DiplomacyGraph.GraphQL.Execution;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// Produces a field's value. A <see cref="ValueTask{TResult}"/>, so a synchronous resolver returns
/// its value without allocating a task. Throwing records a field error whose message is the
/// exception's message (and whose extensions are those of a <see cref="Errors.GraphQLException"/>).
/// </summary>
public delegate ValueTask<object?> FieldResolver(ResolveFieldContext context);
