using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Errors;

/// <summary>
/// An exception that becomes a <see cref="GraphQLError"/> as it is: scalars throw it when a value
/// cannot be coerced, and resolvers throw it to give a field error <c>extensions</c> (a code, say).
/// Any other exception a resolver throws also becomes a field error, with its message only.
/// </summary>
public class GraphQLException : Exception
{
    public GraphQLException(
        string message,
        IReadOnlyDictionary<string, object?>? extensions = null,
        IReadOnlyList<SyntaxNode>? nodes = null,
        Exception? innerException = null)
        : base(message, innerException)
    {
        Extensions = extensions;
        Nodes = nodes;
    }

    /// <summary>Written to the error's <c>extensions</c> entry in the response.</summary>
    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>Syntax nodes the error is about (e.g. the literal a scalar rejected), for <c>locations</c>.</summary>
    public IReadOnlyList<SyntaxNode>? Nodes { get; }
}
