namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// A rule for executable documents (queries, mutations, subscriptions, fragments) against a schema.
/// Rules are stateless; each validation asks the rule for a fresh visitor that holds its state.
/// </summary>
public interface IValidationRule
{
    ValidationVisitor CreateVisitor(ValidationContext context);
}
