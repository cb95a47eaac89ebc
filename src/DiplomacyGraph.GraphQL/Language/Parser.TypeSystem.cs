using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Language;

public ref partial struct Parser
{
    private readonly bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    /// <summary>https://spec.graphql.org/October2021/#Description — an optional string before a definition.</summary>
    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;

    /// <summary>https://spec.graphql.org/October2021/#SchemaDefinition — Description? schema Directives[Const]? { RootOperationTypeDefinition+ }</summary>
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        ExpectToken(TokenKind.BraceLeft);
        var operationTypes = ParseOperationTypeDefinitionsAfterBrace();
        return new SchemaDefinitionNode(description, directives, operationTypes) { Location = LocationFrom(start) };
    }

    private List<OperationTypeDefinitionNode> ParseOperationTypeDefinitionsAfterBrace()
    {
        var operationTypes = new List<OperationTypeDefinitionNode>();
        do
        {
            // https://spec.graphql.org/October2021/#RootOperationTypeDefinition — OperationType : NamedType
            var start = _lexer.Token.Start;
            var operation = ParseOperationType();
            ExpectToken(TokenKind.Colon);
            var type = ParseNamedType();
            operationTypes.Add(new OperationTypeDefinitionNode(operation, type) { Location = LocationFrom(start) });
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return operationTypes;
    }

    /// <summary>https://spec.graphql.org/October2021/#ScalarTypeDefinition — Description? scalar Name Directives[Const]?</summary>
    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(description, name, directives) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#ObjectTypeDefinition — Description? type Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#ImplementsInterfaces — implements &amp;? NamedType (&amp; NamedType)*</summary>
    private IReadOnlyList<NamedTypeNode> ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? ParseDelimitedNamedTypes(TokenKind.Ampersand) : [];

    /// <summary>A list of named types separated by a delimiter, which may also lead (<c>&amp;</c> or <c>|</c>).</summary>
    private List<NamedTypeNode> ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptionalToken(delimiter);
        var types = new List<NamedTypeNode>();
        do
        {
            types.Add(ParseNamedType());
        }
        while (ExpectOptionalToken(delimiter));

        return types;
    }

    /// <summary>https://spec.graphql.org/October2021/#FieldsDefinition — { FieldDefinition+ }</summary>
    private IReadOnlyList<FieldDefinitionNode> ParseFieldsDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceLeft))
        {
            return [];
        }

        var fields = new List<FieldDefinitionNode>();
        do
        {
            fields.Add(ParseFieldDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return fields;
    }

    /// <summary>https://spec.graphql.org/October2021/#FieldDefinition — Description? Name ArgumentsDefinition? : Type Directives[Const]?</summary>
    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(description, name, arguments, type, directives) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#ArgumentsDefinition — ( InputValueDefinition+ )</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseArgumentDefinitions() =>
        ExpectOptionalToken(TokenKind.ParenLeft) ? ParseInputValueDefinitions(TokenKind.ParenRight) : [];

    private List<InputValueDefinitionNode> ParseInputValueDefinitions(TokenKind closing)
    {
        var definitions = new List<InputValueDefinitionNode>();
        do
        {
            definitions.Add(ParseInputValueDefinition());
        }
        while (!ExpectOptionalToken(closing));

        return definitions;
    }

    /// <summary>https://spec.graphql.org/October2021/#InputValueDefinition — Description? Name : Type DefaultValue? Directives[Const]?</summary>
    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        var name = ParseName();
        ExpectToken(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptionalToken(TokenKind.EqualsSign) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(description, name, type, defaultValue, directives) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#InterfaceTypeDefinition — Description? interface Name ImplementsInterfaces? Directives[Const]? FieldsDefinition?</summary>
    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(description, name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#UnionTypeDefinition — Description? union Name Directives[Const]? UnionMemberTypes?</summary>
    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(description, name, directives, types) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#UnionMemberTypes — = |? NamedType (| NamedType)*</summary>
    private IReadOnlyList<NamedTypeNode> ParseUnionMemberTypes() =>
        ExpectOptionalToken(TokenKind.EqualsSign) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : [];

    /// <summary>https://spec.graphql.org/October2021/#EnumTypeDefinition — Description? enum Name Directives[Const]? EnumValuesDefinition?</summary>
    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(description, name, directives, values) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#EnumValuesDefinition — { EnumValueDefinition+ }</summary>
    private IReadOnlyList<EnumValueDefinitionNode> ParseEnumValuesDefinition()
    {
        if (!ExpectOptionalToken(TokenKind.BraceLeft))
        {
            return [];
        }

        var values = new List<EnumValueDefinitionNode>();
        do
        {
            values.Add(ParseEnumValueDefinition());
        }
        while (!ExpectOptionalToken(TokenKind.BraceRight));

        return values;
    }

    /// <summary>https://spec.graphql.org/October2021/#EnumValueDefinition — Description? EnumValue Directives[Const]?</summary>
    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();

        // https://spec.graphql.org/October2021/#EnumValue — Name but not true, false or null.
        if (_lexer.Token.Value is "true" or "false" or "null")
        {
            ThrowAt(_lexer.Token.Start, $"{_lexer.Token} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(description, name, directives) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#InputObjectTypeDefinition — Description? input Name Directives[Const]? InputFieldsDefinition?</summary>
    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        return new InputObjectTypeDefinitionNode(description, name, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#InputFieldsDefinition — { InputValueDefinition+ }</summary>
    private IReadOnlyList<InputValueDefinitionNode> ParseInputFieldsDefinition() =>
        ExpectOptionalToken(TokenKind.BraceLeft) ? ParseInputValueDefinitions(TokenKind.BraceRight) : [];

    /// <summary>
    /// https://spec.graphql.org/October2021/#DirectiveDefinition —
    /// Description? directive @ Name ArgumentsDefinition? repeatable? on DirectiveLocations
    /// </summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _lexer.Token.Start;
        var description = ParseDescription();
        ExpectKeyword("directive");
        ExpectToken(TokenKind.At);
        var name = ParseName();
        var arguments = ParseArgumentDefinitions();
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        var locations = ParseDirectiveLocations();
        return new DirectiveDefinitionNode(description, name, arguments, repeatable, locations) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#DirectiveLocations — |? DirectiveLocation (| DirectiveLocation)*, each one the spec names.</summary>
    private List<NameNode> ParseDirectiveLocations()
    {
        ExpectOptionalToken(TokenKind.Pipe);
        var locations = new List<NameNode>();
        do
        {
            var token = _lexer.Token;
            var name = ParseName();
            if (!DirectiveLocations.TryParse(name.Value, out _))
            {
                ThrowUnexpected(token);
            }

            locations.Add(name);
        }
        while (ExpectOptionalToken(TokenKind.Pipe));

        return locations;
    }

    /// <summary>https://spec.graphql.org/October2021/#TypeSystemExtension — chosen by the keyword after <c>extend</c>.</summary>
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keywordToken = _lexer.Peek();
        if (keywordToken.Kind == TokenKind.Name)
        {
            switch (keywordToken.Value)
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
            }
        }

        ThrowUnexpected(keywordToken);
        return null;
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#SchemaExtension — extend schema Directives[Const]? { RootOperationTypeDefinition+ },
    /// with at least one of the two.
    /// </summary>
    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _lexer.Token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        IReadOnlyList<OperationTypeDefinitionNode> operationTypes =
            ExpectOptionalToken(TokenKind.BraceLeft) ? ParseOperationTypeDefinitionsAfterBrace() : [];
        if (directives.Count == 0 && operationTypes.Count == 0)
        {
            ThrowUnexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#ScalarTypeExtension — extend scalar Name Directives[Const]</summary>
    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _lexer.Token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Count == 0)
        {
            ThrowUnexpected();
        }

        return new ScalarTypeExtensionNode(name, directives) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#ObjectTypeExtension — at least one of interfaces, directives, fields.</summary>
    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _lexer.Token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            ThrowUnexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#InterfaceTypeExtension — at least one of interfaces, directives, fields.</summary>
    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _lexer.Token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces.Count == 0 && directives.Count == 0 && fields.Count == 0)
        {
            ThrowUnexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#UnionTypeExtension — at least one of directives, member types.</summary>
    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _lexer.Token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Count == 0 && types.Count == 0)
        {
            ThrowUnexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#EnumTypeExtension — at least one of directives, values.</summary>
    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _lexer.Token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Count == 0 && values.Count == 0)
        {
            ThrowUnexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values) { Location = LocationFrom(start) };
    }

    /// <summary>https://spec.graphql.org/October2021/#InputObjectTypeExtension — at least one of directives, fields.</summary>
    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _lexer.Token.Start;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputFieldsDefinition();
        if (directives.Count == 0 && fields.Count == 0)
        {
            ThrowUnexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields) { Location = LocationFrom(start) };
    }
}
