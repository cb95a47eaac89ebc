using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>
    /// https://spec.graphql.org/October2021/#Value — in a constant context (default values, directives
    /// of type-system definitions and of variable definitions) a variable is an error.
    /// </summary>
    private ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _lexer.Token;
        switch (token.Kind)
        {
            case TokenKind.BracketLeft:
                return ParseList(isConst);
            case TokenKind.BraceLeft:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(token.Value!) { Location = LocationFrom(token.Start) };
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(token.Value!) { Location = LocationFrom(token.Start) };
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return token.Value switch
                {
                    "true" => new BooleanValueNode(true) { Location = LocationFrom(token.Start) },
                    "false" => new BooleanValueNode(false) { Location = LocationFrom(token.Start) },
                    "null" => new NullValueNode { Location = LocationFrom(token.Start) },
                    _ => new EnumValueNode(token.Value!) { Location = LocationFrom(token.Start) },
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    ThrowVariableInConstantValue(token);
                }

                return ParseVariable();
            default:
                ThrowUnexpected();
                return null;
        }
    }

    private void ThrowVariableInConstantValue(Token dollar)
    {
        ExpectToken(TokenKind.Dollar);
        if (_lexer.Token.Kind == TokenKind.Name)
        {
            ThrowAt(dollar.Start, $"Unexpected variable \"${_lexer.Token.Value}\" in constant value.");
        }

        ThrowUnexpected(dollar);
    }

    /// <summary>https://spec.graphql.org/October2021/#StringValue — also read as a description.</summary>
    private StringValueNode ParseStringLiteral()
    {
        var token = _lexer.Token;
        Advance();
        return new StringValueNode(token.Value!, token.Kind == TokenKind.BlockString) { Location = LocationFrom(token.Start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#ListValue — [ ] or [ Value[?Const]+ ]</summary>
    private ListValueNode ParseList(bool isConst)
    {
        var start = _lexer.Token.Start;
        EnterNesting();
        ExpectToken(TokenKind.BracketLeft);
        IReadOnlyList<ValueNode> values = [];
        if (!ExpectOptionalToken(TokenKind.BracketRight))
        {
            var items = new List<ValueNode>();
            do
            {
                items.Add(ParseValueLiteral(isConst));
            }
            while (!ExpectOptionalToken(TokenKind.BracketRight));

            values = items;
        }

        LeaveNesting();
        return new ListValueNode(values) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#ObjectValue — { } or { ObjectField[?Const]+ }</summary>
    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _lexer.Token.Start;
        EnterNesting();
        ExpectToken(TokenKind.BraceLeft);
        IReadOnlyList<ObjectFieldNode> fields = [];
        if (!ExpectOptionalToken(TokenKind.BraceRight))
        {
            var items = new List<ObjectFieldNode>();
            do
            {
                // https://spec.graphql.org/October2021/#ObjectField — Name : Value[?Const]
                var fieldStart = _lexer.Token.Start;
                var name = ParseName();
                ExpectToken(TokenKind.Colon);
                var value = ParseValueLiteral(isConst);
                items.Add(new ObjectFieldNode(name, value) { Location = LocationFrom(fieldStart) });
            }
            while (!ExpectOptionalToken(TokenKind.BraceRight));

            fields = items;
        }

        LeaveNesting();
        return new ObjectValueNode(fields) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#Directives — Directive[?Const]+, here possibly none.</summary>
    private IReadOnlyList<DirectiveNode> ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var directives = new List<DirectiveNode>();
        do
        {
            // https://spec.graphql.org/October2021/#Directive — @ Name Arguments[?Const]?
            var start = _lexer.Token.Start;
            ExpectToken(TokenKind.At);
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            directives.Add(new DirectiveNode(name, arguments) { Location = LocationFrom(start) });
        }
        while (Peek(TokenKind.At));

        return directives;
    }

    /// <summary>https://spec.graphql.org/October2021/#Type — NamedType, [ Type ], or either followed by !</summary>
    private TypeNode ParseTypeReference()
    {
        var start = _lexer.Token.Start;
        TypeNode type;
        if (Peek(TokenKind.BracketLeft))
        {
            EnterNesting();
            Advance();
            var innerType = ParseTypeReference();
            ExpectToken(TokenKind.BracketRight);
            LeaveNesting();
            type = new ListTypeNode(innerType) { Location = LocationFrom(start) };
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptionalToken(TokenKind.Bang)
            ? new NonNullTypeNode(type) { Location = LocationFrom(start) }
            : type;
    }

    /// <summary>https://spec.graphql.org/October2021/#NamedType</summary>
    private NamedTypeNode ParseNamedType()
    {
        var start = _lexer.Token.Start;
        var name = ParseName();
        return new NamedTypeNode(name) { Location = LocationFrom(start) };
    }
}
