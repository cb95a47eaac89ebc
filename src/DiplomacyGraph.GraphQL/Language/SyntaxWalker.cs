using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Language;

/// <summary>
/// Walks a syntax tree depth first, calling a <see cref="SyntaxVisitor"/> on entering and leaving
/// each node. Children are visited in graphql-js's order (its <c>QueryDocumentKeys</c>), which is
/// source order: for a field, alias, name, arguments, directives, selection set.
/// </summary>
/// <example>
/// <code>
/// SyntaxWalker.Walk(document, new FieldCounter());                  // one visitor
/// SyntaxWalker.Walk(document, [ruleA, ruleB, ruleC]);               // several in parallel
/// </code>
/// </example>
public sealed class SyntaxWalker
{
    private readonly SyntaxVisitor _visitor;
    private readonly List<SyntaxNode> _ancestors = new(16);

    private SyntaxWalker(SyntaxVisitor visitor) => _visitor = visitor;

    /// <summary>Walks <paramref name="root"/> and everything under it with one visitor.</summary>
    public static void Walk(SyntaxNode root, SyntaxVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        new SyntaxWalker(visitor).VisitNode(root);
    }

    /// <summary>Walks once with several visitors in parallel (see <see cref="ParallelVisitor"/>).</summary>
    public static void Walk(SyntaxNode root, IReadOnlyList<SyntaxVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        Walk(root, visitors.Count == 1 ? visitors[0] : new ParallelVisitor(visitors));
    }

    /// <summary>Visits a node and its subtree; false once the visitor has asked to stop.</summary>
    private bool VisitNode(SyntaxNode node)
    {
        var action = _visitor.Enter(node, _ancestors);
        if (action == VisitorAction.Break)
        {
            return false;
        }

        if (action == VisitorAction.Skip)
        {
            return true;
        }

        _ancestors.Add(node);
        var goOn = VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        return goOn && _visitor.Leave(node, _ancestors) != VisitorAction.Break;
    }

    /// <summary>Visits the nodes that are present, in order; false once the visitor has asked to stop.</summary>
    private bool Visit(SyntaxNode? first, SyntaxNode? second = null, SyntaxNode? third = null) =>
        (first is null || VisitNode(first)) && (second is null || VisitNode(second)) && (third is null || VisitNode(third));

    private bool VisitAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!VisitNode(nodes[i]))
            {
                return false;
            }
        }

        return true;
    }

    private bool VisitChildren(SyntaxNode node) => node switch
    {
        DocumentNode n => VisitAll(n.Definitions),
        OperationDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.VariableDefinitions) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        VariableDefinitionNode n => Visit(n.Description, n.Variable, n.Type) && Visit(n.DefaultValue) && VisitAll(n.Directives),
        VariableNode n => Visit(n.Name),
        SelectionSetNode n => VisitAll(n.Selections),
        FieldNode n => Visit(n.Alias, n.Name) && VisitAll(n.Arguments) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        ArgumentNode n => Visit(n.Name, n.Value),
        FragmentSpreadNode n => Visit(n.Name) && VisitAll(n.Directives),
        InlineFragmentNode n => Visit(n.TypeCondition) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        FragmentDefinitionNode n => Visit(n.Description, n.Name, n.TypeCondition) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        ListValueNode n => VisitAll(n.Values),
        ObjectValueNode n => VisitAll(n.Fields),
        ObjectFieldNode n => Visit(n.Name, n.Value),
        DirectiveNode n => Visit(n.Name) && VisitAll(n.Arguments),
        NamedTypeNode n => Visit(n.Name),
        ListTypeNode n => Visit(n.Type),
        NonNullTypeNode n => Visit(n.Type),
        SchemaDefinitionNode n => Visit(n.Description) && VisitAll(n.Directives) && VisitAll(n.OperationTypes),
        OperationTypeDefinitionNode n => Visit(n.Type),
        ScalarTypeDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.Directives),
        ObjectTypeDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        FieldDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.Arguments) && Visit(n.Type) && VisitAll(n.Directives),
        InputValueDefinitionNode n => Visit(n.Description, n.Name, n.Type) && Visit(n.DefaultValue) && VisitAll(n.Directives),
        InterfaceTypeDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        UnionTypeDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.Directives) && VisitAll(n.Types),
        EnumTypeDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.Directives) && VisitAll(n.Values),
        EnumValueDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.Directives),
        InputObjectTypeDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.Directives) && VisitAll(n.Fields),
        DirectiveDefinitionNode n => Visit(n.Description, n.Name) && VisitAll(n.Arguments) && VisitAll(n.Locations),
        SchemaExtensionNode n => VisitAll(n.Directives) && VisitAll(n.OperationTypes),
        ScalarTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives),
        ObjectTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        InterfaceTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        UnionTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Types),
        EnumTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Values),
        InputObjectTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Fields),

        // Names and scalar values have no children.
        _ => true,
    };
}
