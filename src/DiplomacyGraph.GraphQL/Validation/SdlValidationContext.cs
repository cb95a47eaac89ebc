using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// What a rule may ask while a type-system document (SDL) is validated: the document and, when
/// the document extends an existing schema, that schema.
/// </summary>
public sealed class SdlValidationContext : AstValidationContext
{
    internal SdlValidationContext(DocumentNode document, GraphQLSchema? schemaToExtend, Action<GraphQLError> onError)
        : base(document, onError, hideSuggestions: false)
    {
        Schema = schemaToExtend;
    }

    /// <summary>The schema the document extends; null when the document defines a schema from scratch.</summary>
    public GraphQLSchema? Schema { get; }
}
