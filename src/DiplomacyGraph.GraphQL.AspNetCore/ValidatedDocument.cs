using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>A parsed document and what validation said of it (an empty list: valid).</summary>
internal sealed record ValidatedDocument(DocumentNode Document, IReadOnlyList<GraphQLError> ValidationErrors);
