using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Errors;

/// <summary>
/// An error as the spec's response format describes it: message, locations, path, extensions
/// (https://spec.graphql.org/October2021/#sec-Errors). Errors are data: validation returns a list
/// of them and execution records them next to partial data; only the parser throws.
/// </summary>
public sealed class GraphQLError
{
    public GraphQLError(
        string message,
        IReadOnlyList<SyntaxNode>? nodes = null,
        IReadOnlyList<object>? path = null,
        IReadOnlyDictionary<string, object?>? extensions = null,
        Exception? originalError = null)
    {
        Message = message;
        Nodes = nodes ?? [];
        Path = path;
        Extensions = extensions;
        OriginalError = originalError;
        Locations = LocateNodes(Nodes);
    }

    private GraphQLError(GraphQLError source, string message, IReadOnlyDictionary<string, object?> extensions)
    {
        Message = message;
        Nodes = source.Nodes;
        Path = source.Path;
        Extensions = extensions;
        OriginalError = source.OriginalError;
        Locations = source.Locations;
    }

    /// <summary>This error with <c>extensions.code</c> set to <paramref name="code"/> unless it has a code already.</summary>
    public GraphQLError WithDefaultCode(string code) =>
        Extensions?.ContainsKey("code") == true ? this : new GraphQLError(this, Message, WithCode(code));

    /// <summary>This error (same locations and path) with another message and code, e.g. to hide an internal message.</summary>
    public GraphQLError Replaced(string message, string code) => new(this, message, WithCode(code));

    private Dictionary<string, object?> WithCode(string code) =>
        new(Extensions ?? new Dictionary<string, object?>(), StringComparer.Ordinal) { ["code"] = code };

    /// <summary>An error at explicit offsets of a source, as syntax errors are reported.</summary>
    public GraphQLError(string message, Source source, int position, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        Message = message;
        Nodes = [];
        Extensions = extensions;
        Locations = [source.GetLocation(position)];
    }

    public string Message { get; }

    /// <summary>The syntax nodes the error is about; the source of <see cref="Locations"/>.</summary>
    public IReadOnlyList<SyntaxNode> Nodes { get; }

    /// <summary>1-based line/column of each node; null when no node has a location, so the key is omitted from responses.</summary>
    public IReadOnlyList<SourceLocation>? Locations { get; }

    /// <summary>Response path of the field that failed: field names (string) and list indices (int).</summary>
    public IReadOnlyList<object>? Path { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>The exception a resolver threw, kept for logging; never serialized to clients.</summary>
    public Exception? OriginalError { get; }

    public override string ToString()
    {
        if (Locations is not { Count: > 0 } locations)
        {
            return Message;
        }

        var first = locations[0];
        return $"{Message} ({first.Line}:{first.Column})";
    }

    private static List<SourceLocation>? LocateNodes(IReadOnlyList<SyntaxNode> nodes)
    {
        List<SourceLocation>? locations = null;
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                (locations ??= []).Add(location.StartLocation);
            }
        }

        return locations;
    }
}
