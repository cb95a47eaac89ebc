using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Reads GraphQL source into a syntax tree: executable documents, type-system documents, single
/// values and type references (https://spec.graphql.org/October2021/#sec-Appendix-Grammar-Summary).
/// The public surface is the static entry points; the instance is the state of one parse, a
/// <c>ref struct</c> that drives a <see cref="Lexer"/> by recursive descent.
/// </summary>
/// <remarks>
/// Syntax errors are thrown as <see cref="GraphQLSyntaxException"/> with graphql-js 16's message and
/// the line and column where the offending token starts. Split by concern: this file holds the entry
/// points and token plumbing; the grammar lives in <c>Parser.Executable.cs</c>,
/// <c>Parser.Values.cs</c> and <c>Parser.TypeSystem.cs</c>.
/// </remarks>
public ref partial struct Parser
{
    private readonly Source _source;
    private readonly int _maxTokens;
    private readonly int _maxDepth;
    private readonly bool _noLocation;
    private Lexer _lexer;
    private int _lastTokenEnd;
    private int _tokenCount;
    private int _depth;

    private Parser(Source source, ParserOptions? options)
    {
        ArgumentNullException.ThrowIfNull(source);
        options ??= ParserOptions.Default;
        _source = source;
        _lexer = new Lexer(source);
        _maxTokens = options.MaxTokens;
        _maxDepth = options.MaxDepth;
        _noLocation = options.NoLocation;
    }

    /// <summary>Parses a whole document: https://spec.graphql.org/October2021/#Document</summary>
    public static DocumentNode Parse(string source, ParserOptions? options = null) => Parse(new Source(source), options);

    /// <inheritdoc cref="Parse(string, ParserOptions?)"/>
    public static DocumentNode Parse(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        return parser.ParseDocument();
    }

    /// <summary>Parses one value, variables allowed, such as <c>[42, $x]</c>: https://spec.graphql.org/October2021/#Value</summary>
    public static ValueNode ParseValue(string source, ParserOptions? options = null) => ParseValue(new Source(source), options);

    /// <inheritdoc cref="ParseValue(string, ParserOptions?)"/>
    public static ValueNode ParseValue(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: false);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one constant value, where a variable is an error: https://spec.graphql.org/October2021/#Value (Const)</summary>
    public static ValueNode ParseConstValue(string source, ParserOptions? options = null) => ParseConstValue(new Source(source), options);

    /// <inheritdoc cref="ParseConstValue(string, ParserOptions?)"/>
    public static ValueNode ParseConstValue(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var value = parser.ParseValueLiteral(isConst: true);
        parser.ExpectToken(TokenKind.EndOfFile);
        return value;
    }

    /// <summary>Parses one type reference such as <c>[String!]!</c>: https://spec.graphql.org/October2021/#Type</summary>
    public static TypeNode ParseType(string source, ParserOptions? options = null) => ParseType(new Source(source), options);

    /// <inheritdoc cref="ParseType(string, ParserOptions?)"/>
    public static TypeNode ParseType(Source source, ParserOptions? options = null)
    {
        var parser = new Parser(source, options);
        parser.ExpectToken(TokenKind.StartOfFile);
        var type = parser.ParseTypeReference();
        parser.ExpectToken(TokenKind.EndOfFile);
        return type;
    }

    /// <summary>https://spec.graphql.org/October2021/#Name</summary>
    private NameNode ParseName()
    {
        var token = ExpectToken(TokenKind.Name);
        return new NameNode(token.Value!) { Location = LocationFrom(token.Start) };
    }

    /// <summary>Where a node that began at <paramref name="start"/> and ended with the last consumed token stands.</summary>
    private readonly Location? LocationFrom(int start) =>
        _noLocation ? null : new Location(start, _lastTokenEnd, _source);

    private readonly bool Peek(TokenKind kind) => _lexer.Token.Kind == kind;

    private readonly bool PeekKeyword(string keyword) =>
        _lexer.Token.Kind == TokenKind.Name && _lexer.Token.Value == keyword;

    /// <summary>Consumes a token of the given kind or fails with "Expected X, found Y.".</summary>
    private Token ExpectToken(TokenKind kind)
    {
        var token = _lexer.Token;
        if (token.Kind != kind)
        {
            ThrowExpected(kind.Describe(), token);
        }

        Advance();
        return token;
    }

    private bool ExpectOptionalToken(TokenKind kind)
    {
        if (_lexer.Token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            ThrowExpected($"\"{keyword}\"", _lexer.Token);
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!PeekKeyword(keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    /// <summary>Moves to the next token, counting it against <see cref="ParserOptions.MaxTokens"/>.</summary>
    private void Advance()
    {
        _lastTokenEnd = _lexer.Token.End;
        var token = _lexer.Advance();
        if (token.Kind != TokenKind.EndOfFile && ++_tokenCount > _maxTokens)
        {
            ThrowTooManyTokens(token);
        }
    }

    /// <summary>Enters a nested construct, checking <see cref="ParserOptions.MaxDepth"/>; pair with <see cref="LeaveNesting"/>.</summary>
    private void EnterNesting()
    {
        if (++_depth > _maxDepth)
        {
            ThrowTooDeep();
        }
    }

    private void LeaveNesting() => _depth--;

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowExpected(string expected, Token found) =>
        GraphQLSyntaxException.Throw(_source, found.Start, $"Expected {expected}, found {found}.");

    /// <summary>"Unexpected X." at the given token, or at the current one.</summary>
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowUnexpected(Token? at = null)
    {
        var token = at ?? _lexer.Token;
        GraphQLSyntaxException.Throw(_source, token.Start, $"Unexpected {token}.");
    }

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowAt(int position, string description) =>
        GraphQLSyntaxException.Throw(_source, position, description);

    // "more that" is graphql-js 16's wording, kept verbatim so both engines report the same message.
    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTooManyTokens(Token token) =>
        GraphQLSyntaxException.Throw(_source, token.Start, $"Document contains more that {_maxTokens} tokens. Parsing aborted.");

    [DoesNotReturn]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private readonly void ThrowTooDeep() =>
        GraphQLSyntaxException.Throw(_source, _lexer.Token.Start, $"Document nests deeper than {_maxDepth} levels. Parsing aborted.");
}
