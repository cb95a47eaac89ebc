using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// Follows a walk over an executable document and knows, at each node, the schema's view of it:
/// the output type and parent composite type of a selection, the field definition, the input type
/// expected at a value, the argument, directive and enum value in scope (graphql-js's TypeInfo).
/// Call <see cref="Enter"/> before visiting a node and <see cref="Leave"/> after.
/// </summary>
/// <remarks>
/// Validation runs before the document is known to be valid, so every lookup tolerates unknown
/// names and wrong kinds: the answer is then null and the rules that care report it.
/// </remarks>
public sealed class TypeInfo
{
    private readonly GraphQLSchema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<GraphQLNamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<GraphQLField?> _fieldDefStack = [];
    private readonly List<GraphQLInputValue?> _defaultValueStack = [];

    public TypeInfo(GraphQLSchema schema)
    {
        _schema = schema;
    }

    /// <summary>The output type of the current selection (field, fragment or operation).</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose fields the current selection set selects.</summary>
    public GraphQLNamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type expected where the walk stands in a value or variable definition.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing <see cref="InputType"/> (the list or input object it is in).</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public GraphQLField? FieldDef => Top(_fieldDefStack);

    /// <summary>
    /// The argument or input field whose value is being walked when it declares a default; used to
    /// allow a nullable variable where a non-null value with a default is expected.
    /// </summary>
    public GraphQLInputValue? DefaultValueOwner => Top(_defaultValueStack);

    public GraphQLDirective? Directive { get; private set; }

    public GraphQLArgument? Argument { get; private set; }

    public GraphQLEnumValue? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                _parentTypeStack.Add(GetNamedType(Type) is { } named && IsCompositeType(named) ? named : null);
                break;
            case SyntaxKind.Field:
                EnterField((FieldNode)node);
                break;
            case SyntaxKind.Directive:
                Directive = _schema.GetDirective(((DirectiveNode)node).Name.Value);
                break;
            case SyntaxKind.OperationDefinition:
                _typeStack.Add(RootType(((OperationDefinitionNode)node).Operation));
                break;
            case SyntaxKind.InlineFragment:
                var typeCondition = ((InlineFragmentNode)node).TypeCondition;
                _typeStack.Add(OutputTypeOrNull(typeCondition is null ? GetNamedType(Type) : TypeFromAst(typeCondition)));
                break;
            case SyntaxKind.FragmentDefinition:
                _typeStack.Add(OutputTypeOrNull(TypeFromAst(((FragmentDefinitionNode)node).TypeCondition)));
                break;
            case SyntaxKind.VariableDefinition:
                _inputTypeStack.Add(InputTypeOrNull(TypeFromAst(((VariableDefinitionNode)node).Type)));
                break;
            case SyntaxKind.Argument:
                EnterArgument((ArgumentNode)node);
                break;
            case SyntaxKind.ListValue:
                var listType = GetNullableType(InputType);
                var itemType = listType is GraphQLList list ? list.OfType : listType;
                // List positions never have a default value.
                _defaultValueStack.Add(null);
                _inputTypeStack.Add(InputTypeOrNull(itemType));
                break;
            case SyntaxKind.ObjectField:
                EnterObjectField((ObjectFieldNode)node);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = GetNamedType(InputType) is GraphQLEnumType enumType
                    ? enumType.GetValue(((EnumValueNode)node).Value)
                    : null;
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
        }
    }

    /// <summary>
    /// The definition of a field selected on a parent type, including the introspection fields
    /// <c>__schema</c> and <c>__type</c> (on the query type only) and <c>__typename</c> (everywhere).
    /// </summary>
    public static GraphQLField? GetFieldDef(GraphQLSchema schema, GraphQLNamedType parentType, string fieldName)
    {
        if (fieldName.Length > 2 && fieldName[0] == '_' && fieldName[1] == '_')
        {
            if (fieldName == Introspection.SchemaMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
            {
                return Introspection.SchemaMetaField;
            }

            if (fieldName == Introspection.TypeMetaField.Name && ReferenceEquals(schema.QueryType, parentType))
            {
                return Introspection.TypeMetaField;
            }

            if (fieldName == Introspection.TypeNameMetaField.Name && IsCompositeType(parentType))
            {
                return Introspection.TypeNameMetaField;
            }
        }

        return parentType is GraphQLImplementingType implementing ? implementing.GetField(fieldName) : null;
    }

    private void EnterField(FieldNode node)
    {
        GraphQLField? fieldDef = null;
        if (ParentType is { } parentType)
        {
            fieldDef = GetFieldDef(_schema, parentType, node.Name.Value);
        }

        _fieldDefStack.Add(fieldDef);
        _typeStack.Add(fieldDef is null ? null : OutputTypeOrNull(fieldDef.Type));
    }

    private void EnterArgument(ArgumentNode node)
    {
        GraphQLArgument? argument = null;
        if (Directive is { } directive)
        {
            argument = directive.GetArgument(node.Name.Value);
        }
        else if (FieldDef is { } fieldDef)
        {
            argument = fieldDef.GetArgument(node.Name.Value);
        }

        Argument = argument;
        _defaultValueStack.Add(argument is { HasDefaultValue: true } ? argument : null);
        _inputTypeStack.Add(argument is null ? null : InputTypeOrNull(argument.Type));
    }

    private void EnterObjectField(ObjectFieldNode node)
    {
        GraphQLInputField? inputField = null;
        if (GetNamedType(InputType) is GraphQLInputObjectType objectType)
        {
            inputField = objectType.GetField(node.Name.Value);
        }

        _defaultValueStack.Add(inputField is { HasDefaultValue: true } ? inputField : null);
        _inputTypeStack.Add(inputField is null ? null : InputTypeOrNull(inputField.Type));
    }

    private GraphQLObjectType? RootType(OperationType operation) => operation switch
    {
        OperationType.Query => _schema.QueryType,
        OperationType.Mutation => _schema.MutationType,
        _ => _schema.SubscriptionType,
    };

    private GraphQLType? TypeFromAst(TypeNode node) => Utilities.TypeFromAst.Get(_schema, node);

    private static GraphQLNamedType? GetNamedType(GraphQLType? type) => type?.GetNamedType();

    private static GraphQLType? GetNullableType(GraphQLType? type) => type?.GetNullableType();

    private static bool IsCompositeType(GraphQLType? type) => type is not null && type.IsCompositeType();

    private static GraphQLType? InputTypeOrNull(GraphQLType? type) => type is not null && type.IsInputType() ? type : null;

    private static GraphQLType? OutputTypeOrNull(GraphQLType? type) => type is not null && type.IsOutputType() ? type : null;

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack) => stack.RemoveAt(stack.Count - 1);
}
