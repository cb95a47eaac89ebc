namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// A rule for type-system documents (SDL), used when a schema is built or extended from SDL.
/// Rules are stateless; each validation asks the rule for a fresh visitor that holds its state.
/// </summary>
public interface ISdlValidationRule
{
    ValidationVisitor CreateVisitor(SdlValidationContext context);
}
