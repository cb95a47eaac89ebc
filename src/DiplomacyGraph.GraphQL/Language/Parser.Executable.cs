using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Language;

public ref partial struct Parser
{
    /// <summary>https://spec.graphql.org/October2021/#Document — Definition+</summary>
    private DocumentNode ParseDocument()
    {
        var start = _lexer.Token.Start;
        ExpectToken(TokenKind.StartOfFile);
        var definitions = new List<DefinitionNode>();
        do
        {
            definitions.Add(ParseDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.EndOfFile));

        return new DocumentNode(definitions) { Location = LocationFrom(start) };
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#Definition — chosen by the keyword, which a description
    /// may push one token further. Like graphql-js 16, operations and fragments may carry a
    /// description too (a later spec's addition); a shorthand query and an extension may not.
    /// </summary>
    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceLeft))
        {
            return ParseOperationDefinition();
        }

        var hasDescription = PeekDescription();
        var keywordToken = hasDescription ? _lexer.Peek() : _lexer.Token;
        if (hasDescription && keywordToken.Kind == TokenKind.BraceLeft)
        {
            ThrowAt(_lexer.Token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
            }

            switch (keywordToken.Value)
            {
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
            }

            if (hasDescription)
            {
                ThrowAt(_lexer.Token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (keywordToken.Value == "extend")
            {
                return ParseTypeSystemExtension();
            }
        }

        ThrowUnexpected(keywordToken);
        return null;
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#OperationDefinition — a bare selection set is an
    /// anonymous query.
    /// </summary>
    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _lexer.Token.Start;
        if (Peek(TokenKind.BraceLeft))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, [], [], shorthand) { Location = LocationFrom(start) };
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variableDefinitions, directives, selectionSet)
        {
            Description = description,
            Location = LocationFrom(start),
        };
    }

    /// <summary>https://spec.graphql.org/October2021/#OperationType</summary>
    private OperationType ParseOperationType()
    {
        var token = ExpectToken(TokenKind.Name);
        switch (token.Value)
        {
            case "query":
                return OperationType.Query;
            case "mutation":
                return OperationType.Mutation;
            case "subscription":
                return OperationType.Subscription;
            default:
                ThrowUnexpected(token);
                return default;
        }
    }

    /// <summary>https://spec.graphql.org/October2021/#VariableDefinitions — ( VariableDefinition+ )</summary>
    private IReadOnlyList<VariableDefinitionNode> ParseVariableDefinitions()
    {
        if (!ExpectOptionalToken(TokenKind.ParenLeft))
        {
            return [];
        }

        var definitions = new List<VariableDefinitionNode>();
        do
        {
            definitions.Add(ParseVariableDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.ParenRight));

        return definitions;
    }

    /// <summary>https://spec.graphql.org/October2021/#VariableDefinition — Description? Variable : Type DefaultValue? Directives[Const]?</summary>
    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        var variable = ParseVariable();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives)
        {
            Description = description,
            Location = LocationFrom(start),
        };
    }

    /// <summary>https://spec.graphql.org/October2021/#Variable — $ Name</summary>
    private VariableNode ParseVariable()
    {
        var start = _lexer.Token.Start;
        ExpectToken(TokenKind.Dollar);
        var name = ParseName();
        return new VariableNode(name) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#SelectionSet — { Selection+ }</summary>
    private SelectionSetNode ParseSelectionSet()
    {
        var start = _lexer.Token.Start;
        EnterNesting();
        ExpectToken(TokenKind.BraceLeft);
        var selections = new List<SelectionNode>();
        do
        {
            selections.Add(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        LeaveNesting();
        return new SelectionSetNode(selections) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#Field — Alias? Name Arguments? Directives? SelectionSet?</summary>
    private FieldNode ParseField()
    {
        var start = _lexer.Token.Start;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptionalToken(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceLeft) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#Arguments — ( Argument[?Const]+ )</summary>
    private IReadOnlyList<ArgumentNode> ParseArguments(bool isConst)
    {
        if (!ExpectOptionalToken(TokenKind.ParenLeft))
        {
            return [];
        }

        var arguments = new List<ArgumentNode>();
        do
        {
            var start = _lexer.Token.Start;
            var name = ParseName();
            ExpectToken(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            arguments.Add(new ArgumentNode(name, value) { Location = LocationFrom(start) });
        }
        while (!ExpectOptionalToken(TokenKind.ParenRight));

        return arguments;
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#FragmentSpread and https://spec.graphql.org/October2021/#InlineFragment:
    /// after <c>...</c>, a name other than <c>on</c> is a spread; anything else an inline fragment.
    /// </summary>
    private SelectionNode ParseFragment()
    {
        var start = _lexer.Token.Start;
        ExpectToken(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives) { Location = LocationFrom(start) };
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#FragmentDefinition — fragment FragmentName TypeCondition Directives? SelectionSet</summary>
    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet)
        {
            Description = description,
            Location = LocationFrom(start),
        };
    }

    /// <summary>https://spec.graphql.org/October2021/#FragmentName — Name but not <c>on</c></summary>
    private NameNode ParseFragmentName()
    {
        if (_lexer.Token.Value == "on")
        {
            ThrowUnexpected();
        }

        return ParseName();
    }
}
