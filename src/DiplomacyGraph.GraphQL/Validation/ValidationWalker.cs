using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// Walks a document once, depth first in the order graphql-js visits it, keeping
/// <see cref="TypeInfo"/> current and calling every visitor side by side at each node. A visitor
/// that returns false on entering a node is left out until that node is left; the others go on.
/// </summary>
/// <remarks>
/// A walker of its own rather than the language's general visitor: validation runs on every
/// request, and a typed method per kind, a per-visitor skip slot and calls only to the visitors
/// that override a kind's method (<see cref="VisitorDispatch"/>) cost no allocation per node and
/// no call for the many rules that ignore most nodes.
/// </remarks>
internal sealed class ValidationWalker
{
    private readonly ValidationVisitor[] _visitors;
    private readonly SyntaxNode?[] _skipping;

    // Per kind of node, the indices of the visitors to enter and to leave, in rule order.
    private readonly int[][] _enterers;
    private readonly int[][] _leavers;
    private readonly bool[] _watchesDirectives;
    private readonly TypeInfo? _typeInfo;
    private readonly List<SyntaxNode> _ancestors;

    public ValidationWalker(IReadOnlyList<ValidationVisitor> visitors, TypeInfo? typeInfo, List<SyntaxNode>? ancestors = null)
    {
        _visitors = [.. visitors];
        _skipping = new SyntaxNode?[_visitors.Length];
        var dispatch = VisitorDispatch.For(_visitors);
        _enterers = dispatch.Enterers;
        _leavers = dispatch.Leavers;
        _watchesDirectives = dispatch.WatchesDirectives;
        _typeInfo = typeInfo;
        _ancestors = ancestors ?? [];
    }

    public void Walk(SyntaxNode node)
    {
        switch (node)
        {
            case DocumentNode document:
                WalkDocument(document);
                break;
            case OperationDefinitionNode operation:
                WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                WalkFragmentDefinition(fragment);
                break;
            default:
                throw new ArgumentException($"Cannot start a validation walk at a {node.Kind} node.", nameof(node));
        }
    }

    private void WalkDocument(DocumentNode node)
    {
        Enter(node);
        foreach (var definition in node.Definitions)
        {
            WalkDefinition(definition);
        }

        Leave(node);
    }

    private void WalkDefinition(DefinitionNode definition)
    {
        switch (definition)
        {
            case OperationDefinitionNode operation:
                WalkOperation(operation);
                break;
            case FragmentDefinitionNode fragment:
                WalkFragmentDefinition(fragment);
                break;
            case SchemaDefinitionNode schema:
                WalkSchema(schema, schema.Directives, schema.OperationTypes);
                break;
            case SchemaExtensionNode extension:
                WalkSchema(extension, extension.Directives, extension.OperationTypes);
                break;
            case DirectiveDefinitionNode directive:
                Enter(directive);
                WalkInputValueDefinitions(directive.Arguments);
                Leave(directive);
                break;
            case TypeDefinitionNode or TypeExtensionNode:
                WalkTypeSystemType(definition);
                break;
        }
    }

    /// <summary>A schema definition or extension: the two differ only in their syntax kind.</summary>
    private void WalkSchema(DefinitionNode node, IReadOnlyList<DirectiveNode> directives, IReadOnlyList<OperationTypeDefinitionNode> operationTypes)
    {
        Enter(node, directives);
        WalkDirectives(directives);
        foreach (var operationType in operationTypes)
        {
            WalkOperationType(operationType);
        }

        Leave(node);
    }

    private void WalkOperation(OperationDefinitionNode node)
    {
        Enter(node, node.Directives);
        foreach (var variable in node.VariableDefinitions)
        {
            WalkVariableDefinition(variable);
        }

        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet, node);
        Leave(node);
    }

    private void WalkVariableDefinition(VariableDefinitionNode node)
    {
        Enter(node, node.Directives);
        WalkLeaf(node.Variable);
        WalkType(node.Type);
        if (node.DefaultValue is { } defaultValue)
        {
            WalkValue(defaultValue);
        }

        WalkDirectives(node.Directives);
        Leave(node);
    }

    private void WalkFragmentDefinition(FragmentDefinitionNode node)
    {
        Enter(node, node.Directives);
        WalkType(node.TypeCondition);
        WalkDirectives(node.Directives);
        WalkSelectionSet(node.SelectionSet, node);
        Leave(node);
    }

    private void WalkSelectionSet(SelectionSetNode node, SyntaxNode parent)
    {
        _typeInfo?.Enter(node);
        foreach (var i in _enterers[(int)SyntaxKind.SelectionSet])
        {
            if (_skipping[i] is null && !_visitors[i].EnterSelectionSet(node, parent))
            {
                _skipping[i] = node;
            }
        }

        _ancestors.Add(node);
        foreach (var selection in node.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    WalkField(field);
                    break;
                case FragmentSpreadNode spread:
                    Enter(spread, spread.Directives);
                    WalkDirectives(spread.Directives);
                    Leave(spread);
                    break;
                case InlineFragmentNode inline:
                    Enter(inline, inline.Directives);
                    if (inline.TypeCondition is { } typeCondition)
                    {
                        WalkType(typeCondition);
                    }

                    WalkDirectives(inline.Directives);
                    WalkSelectionSet(inline.SelectionSet, inline);
                    Leave(inline);
                    break;
            }
        }

        Leave(node);
    }

    private void WalkField(FieldNode node)
    {
        Enter(node, node.Directives);
        WalkArguments(node.Arguments);
        WalkDirectives(node.Directives);
        if (node.SelectionSet is { } selectionSet)
        {
            WalkSelectionSet(selectionSet, node);
        }

        Leave(node);
    }

    private void WalkArguments(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            Enter(argument);
            WalkValue(argument.Value);
            Leave(argument);
        }
    }

    private void WalkDirectives(IReadOnlyList<DirectiveNode> directives)
    {
        foreach (var directive in directives)
        {
            Enter(directive);
            WalkArguments(directive.Arguments);
            Leave(directive);
        }
    }

    private void WalkValue(ValueNode node)
    {
        switch (node)
        {
            case VariableNode variable:
                WalkLeaf(variable);
                break;
            case ListValueNode list:
                Enter(list);
                foreach (var item in list.Values)
                {
                    WalkValue(item);
                }

                Leave(list);
                break;
            case ObjectValueNode obj:
                Enter(obj);
                foreach (var field in obj.Fields)
                {
                    Enter(field);
                    WalkValue(field.Value);
                    Leave(field);
                }

                Leave(obj);
                break;
            default:
                WalkLeaf(node);
                break;
        }
    }

    private void WalkType(TypeNode node)
    {
        switch (node)
        {
            case NamedTypeNode named:
                WalkLeaf(named);
                break;
            case ListTypeNode list:
                _ancestors.Add(list);
                WalkType(list.Type);
                _ancestors.RemoveAt(_ancestors.Count - 1);
                break;
            case NonNullTypeNode nonNull:
                _ancestors.Add(nonNull);
                WalkType(nonNull.Type);
                _ancestors.RemoveAt(_ancestors.Count - 1);
                break;
        }
    }

    private void WalkOperationType(OperationTypeDefinitionNode node)
    {
        _ancestors.Add(node);
        WalkType(node.Type);
        _ancestors.RemoveAt(_ancestors.Count - 1);
    }

    private void WalkTypeSystemType(DefinitionNode node)
    {
        var directives = ((IHasDirectivesNode)node).Directives;
        Enter(node, directives);
        // Definitions and extensions share their shapes; children in graphql-js's visitor key order.
        switch (node)
        {
            case IImplementingTypeNode implementing:
                WalkTypes(implementing.Interfaces);
                WalkDirectives(directives);
                WalkFieldDefinitions(implementing.Fields);
                break;
            case IUnionTypeNode union:
                WalkDirectives(directives);
                WalkTypes(union.Types);
                break;
            case IEnumTypeNode enumType:
                WalkDirectives(directives);
                WalkEnumValueDefinitions(enumType.Values);
                break;
            case IInputObjectTypeNode inputType:
                WalkDirectives(directives);
                WalkInputValueDefinitions(inputType.Fields);
                break;
            default:
                WalkDirectives(directives);
                break;
        }

        Leave(node);
    }

    private void WalkTypes(IReadOnlyList<NamedTypeNode> types)
    {
        foreach (var type in types)
        {
            WalkLeaf(type);
        }
    }

    private void WalkFieldDefinitions(IReadOnlyList<FieldDefinitionNode> fields)
    {
        foreach (var field in fields)
        {
            Enter(field, field.Directives);
            WalkInputValueDefinitions(field.Arguments);
            WalkType(field.Type);
            WalkDirectives(field.Directives);
            Leave(field);
        }
    }

    private void WalkInputValueDefinitions(IReadOnlyList<InputValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            Enter(value, value.Directives);
            WalkType(value.Type);
            if (value.DefaultValue is { } defaultValue)
            {
                WalkValue(defaultValue);
            }

            WalkDirectives(value.Directives);
            Leave(value);
        }
    }

    private void WalkEnumValueDefinitions(IReadOnlyList<EnumValueDefinitionNode> values)
    {
        foreach (var value in values)
        {
            Enter(value, value.Directives);
            WalkDirectives(value.Directives);
            Leave(value);
        }
    }

    /// <summary>A node without children worth visiting: entered and left at once.</summary>
    private void WalkLeaf(SyntaxNode node)
    {
        _typeInfo?.Enter(node);
        foreach (var i in _enterers[(int)node.Kind])
        {
            if (_skipping[i] is null)
            {
                EnterOne(_visitors[i], node);
            }
        }

        _typeInfo?.Leave(node);
    }

    private void Enter(SyntaxNode node, IReadOnlyList<DirectiveNode>? directives = null)
    {
        _typeInfo?.Enter(node);
        var hasDirectives = directives is { Count: > 0 };
        foreach (var i in _enterers[(int)node.Kind])
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            var visitor = _visitors[i];
            if (!EnterOne(visitor, node))
            {
                _skipping[i] = node;
            }
            else if (hasDirectives && _watchesDirectives[i])
            {
                visitor.EnterDirectives(node, directives!);
            }
        }

        _ancestors.Add(node);
    }

    private void Leave(SyntaxNode node)
    {
        _ancestors.RemoveAt(_ancestors.Count - 1);
        foreach (var i in _leavers[(int)node.Kind])
        {
            var skipping = _skipping[i];
            if (skipping is null)
            {
                LeaveOne(_visitors[i], node);
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }
        }

        _typeInfo?.Leave(node);
    }

    private static bool EnterOne(ValidationVisitor visitor, SyntaxNode node) => node.Kind switch
    {
        SyntaxKind.Document => visitor.EnterDocument((DocumentNode)node),
        SyntaxKind.OperationDefinition => visitor.EnterOperationDefinition((OperationDefinitionNode)node),
        SyntaxKind.VariableDefinition => visitor.EnterVariableDefinition((VariableDefinitionNode)node),
        SyntaxKind.Variable => visitor.EnterVariable((VariableNode)node),
        SyntaxKind.Field => visitor.EnterField((FieldNode)node),
        SyntaxKind.Argument => visitor.EnterArgument((ArgumentNode)node),
        SyntaxKind.FragmentSpread => visitor.EnterFragmentSpread((FragmentSpreadNode)node),
        SyntaxKind.InlineFragment => visitor.EnterInlineFragment((InlineFragmentNode)node),
        SyntaxKind.FragmentDefinition => visitor.EnterFragmentDefinition((FragmentDefinitionNode)node),
        SyntaxKind.IntValue or SyntaxKind.FloatValue or SyntaxKind.StringValue or SyntaxKind.BooleanValue
            or SyntaxKind.NullValue or SyntaxKind.EnumValue or SyntaxKind.ListValue or SyntaxKind.ObjectValue
            => visitor.EnterValue((ValueNode)node),
        SyntaxKind.ObjectField => visitor.EnterObjectField((ObjectFieldNode)node),
        SyntaxKind.Directive => visitor.EnterDirective((DirectiveNode)node),
        SyntaxKind.NamedType => visitor.EnterNamedType((NamedTypeNode)node),
        SyntaxKind.SchemaDefinition => visitor.EnterSchemaDefinition((SchemaDefinitionNode)node),
        SyntaxKind.SchemaExtension => visitor.EnterSchemaExtension((SchemaExtensionNode)node),
        SyntaxKind.DirectiveDefinition => visitor.EnterDirectiveDefinition((DirectiveDefinitionNode)node),
        SyntaxKind.ScalarTypeDefinition or SyntaxKind.ObjectTypeDefinition or SyntaxKind.InterfaceTypeDefinition
            or SyntaxKind.UnionTypeDefinition or SyntaxKind.EnumTypeDefinition or SyntaxKind.InputObjectTypeDefinition
            => visitor.EnterTypeDefinition((TypeDefinitionNode)node),
        SyntaxKind.ScalarTypeExtension or SyntaxKind.ObjectTypeExtension or SyntaxKind.InterfaceTypeExtension
            or SyntaxKind.UnionTypeExtension or SyntaxKind.EnumTypeExtension or SyntaxKind.InputObjectTypeExtension
            => visitor.EnterTypeExtension((TypeExtensionNode)node),
        _ => true,
    };

    private static void LeaveOne(ValidationVisitor visitor, SyntaxNode node)
    {
        switch (node.Kind)
        {
            case SyntaxKind.Document:
                visitor.LeaveDocument((DocumentNode)node);
                break;
            case SyntaxKind.OperationDefinition:
                visitor.LeaveOperationDefinition((OperationDefinitionNode)node);
                break;
            case SyntaxKind.Field:
                visitor.LeaveField((FieldNode)node);
                break;
            case SyntaxKind.Directive:
                visitor.LeaveDirective((DirectiveNode)node);
                break;
            case SyntaxKind.ListValue or SyntaxKind.ObjectValue:
                visitor.LeaveValue((ValueNode)node);
                break;
        }
    }
}
