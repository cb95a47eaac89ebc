using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Validation.Rules;

namespace DiplomacyGraph.GraphQL.Validation.Limits;

/// <summary>
/// Limits that keep one request from costing the server more than a request should, all checked
/// before any resolver runs: the document's length (before parsing), and the nesting depth, the
/// cost and the number of aliases of its operations (as validation rules). Defaults and the cost
/// model are described in <c>Validation/README.md</c>.
/// </summary>
public sealed record SafetyLimits
{
    public static SafetyLimits Default { get; } = new();

    /// <summary>Longest document accepted, in characters (UTF-16 code units); checked before parsing.</summary>
    public int MaxDocumentLength { get; init; } = 100_000;

    /// <summary>Deepest nesting of fields in an operation, fragments expanded (<c>{ a { b } }</c> is 2).</summary>
    public int MaxDepth { get; init; } = 15;

    /// <summary>Highest cost of an operation: 1 per field, a list field's sub-selection counted <c>first</c>/<c>last</c>/<c>limit</c> times, unless <see cref="CostEstimator"/> says otherwise.</summary>
    public long MaxCost { get; init; } = 1_000;

    /// <summary>The host's cost of the fields the default rule misjudges (connections, lookups, filters); null: the default rule only.</summary>
    public FieldCostEstimator? CostEstimator { get; init; }

    /// <summary>Appended to the message of a request refused for its cost: how to ask for less in the host's schema; null: none.</summary>
    public string? MaxCostHint { get; init; }

    /// <summary>Most aliased fields in an operation, fragments expanded.</summary>
    public int MaxAliases { get; init; } = 30;

    /// <summary>
    /// An error when the document is longer than <see cref="MaxDocumentLength"/>, else null.
    /// Call it on the request text before parsing, so an oversized document is never tokenized.
    /// </summary>
    public GraphQLError? CheckDocumentLength(string document)
    {
        ArgumentNullException.ThrowIfNull(document);
        if (document.Length <= MaxDocumentLength)
        {
            return null;
        }

        return new GraphQLError(
            $"The document is {document.Length} characters long, more than the maximum of {MaxDocumentLength}.",
            extensions: SafetyLimitCodes.Extensions(SafetyLimitCodes.DocumentTooLarge, "length", document.Length, "maxLength", MaxDocumentLength));
    }

    /// <summary>
    /// The rules that enforce the depth, cost and alias limits, to run with the specified rules.
    /// </summary>
    /// <param name="variables">The request's variable values, so a page size given as a variable counts in the cost.</param>
    /// <param name="costObserver">Told each operation's cost, e.g. to report it to the client.</param>
    public IReadOnlyList<IValidationRule> CreateRules(
        IReadOnlyDictionary<string, object?>? variables = null, Action<OperationDefinitionNode, long>? costObserver = null) =>
    [
        new MaxDepthRule(MaxDepth),
        new MaxCostRule(MaxCost, variables, CostEstimator, costObserver, MaxCostHint),
        new MaxAliasesRule(MaxAliases),
    ];

    /// <summary>The specified rules followed by the limit rules: everything a request's document must pass.</summary>
    public IReadOnlyList<IValidationRule> CreateValidationRules(IReadOnlyDictionary<string, object?>? variables = null) =>
        [.. SpecifiedRules.All, .. CreateRules(variables)];
}
