using System.Diagnostics.CodeAnalysis;
using DiplomacyGraph.GraphQL.Language;

namespace DiplomacyGraph.GraphQL.Errors;

/// <summary>
/// Thrown by the lexer and parser only: a document that is not valid GraphQL syntax, or one that
/// exceeds a parser limit. Carries the spec-shaped error with its line and column.
/// </summary>
public sealed class GraphQLSyntaxException : Exception
{
    public GraphQLSyntaxException(GraphQLError error)
        : base(error.ToString())
    {
        Error = error;
    }

    public GraphQLError Error { get; }

    /// <summary>Throw helper kept out of line so the lexer's and parser's hot paths stay small.</summary>
    [DoesNotReturn]
    public static void Throw(Source source, int position, string description) =>
        throw new GraphQLSyntaxException(new GraphQLError($"Syntax Error: {description}", source, position));
}
