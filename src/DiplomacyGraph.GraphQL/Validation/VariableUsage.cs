using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// A variable where it is used: the input type expected there (null when unknown), the argument
/// or input field that gives that position a default (if any), and the enclosing input type.
/// </summary>
public sealed record VariableUsage(
    VariableNode Node,
    GraphQLType? Type,
    GraphQLInputValue? DefaultValueOwner,
    GraphQLType? ParentType);
