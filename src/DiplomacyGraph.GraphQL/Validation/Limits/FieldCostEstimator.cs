using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation.Limits;

/// <summary>
/// The host's estimate of one field's cost, for what the schema's types alone cannot tell: a connection (an
/// object type) that returns a page of <c>first</c> items, a lookup of as many nodes as it is given ids, a filter
/// whose nesting means traversals. Return null to let the field count by the default rule (1, and a list field's
/// sub-selection counted <c>first</c>/<c>last</c>/<c>limit</c> times). Called during validation, before anything runs.
/// </summary>
public delegate FieldCost? FieldCostEstimator(FieldCostRequest request);

/// <summary>One field as the request asks for it.</summary>
/// <param name="ParentType">The type the field is selected on.</param>
/// <param name="Field">The field's definition.</param>
/// <param name="Node">The field as written in the document.</param>
/// <param name="Arguments">Its arguments, coerced with the request's variables and with defaults applied; empty when they do not coerce (execution then reports that).</param>
public sealed record FieldCostRequest(GraphQLNamedType ParentType, GraphQLField Field, FieldNode Node, IReadOnlyDictionary<string, object?> Arguments);

/// <summary>
/// A field costs <see cref="Weight"/> itself plus <see cref="Multiplier"/> times the cost of its sub-selection.
/// A <see cref="Refusal"/> refuses the request at validation (e.g. a page larger than allowed) with its own code.
/// </summary>
public sealed record FieldCost(long Weight, long Multiplier)
{
    public FieldCostRefusal? Refusal { get; init; }
}

/// <summary>Why the host refuses a field's arguments; becomes a validation error with <see cref="Code"/> as <c>extensions.code</c>.</summary>
public sealed record FieldCostRefusal(string Message, string Code);
