using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// What a validation rule does while the document is walked: one method per kind of node it may
/// care about, called on the way in (<c>Enter…</c>) and on the way out (<c>Leave…</c>). Rules
/// override only what they need; the walker runs every rule's visitor side by side in one pass,
/// with <see cref="Utilities.TypeInfo"/> already updated for the node when Enter is called.
/// </summary>
/// <remarks>
/// An <c>Enter…</c> method returns false to skip the node's children for this visitor only
/// (its <c>Leave…</c> is then not called for that node), as a graphql-js rule returns false.
/// Descriptions are never visited: per the spec they must not affect validation.
/// </remarks>
public abstract class ValidationVisitor
{
    public virtual bool EnterDocument(DocumentNode node) => true;

    public virtual void LeaveDocument(DocumentNode node)
    {
    }

    public virtual bool EnterOperationDefinition(OperationDefinitionNode node) => true;

    public virtual void LeaveOperationDefinition(OperationDefinitionNode node)
    {
    }

    public virtual bool EnterVariableDefinition(VariableDefinitionNode node) => true;

    public virtual bool EnterVariable(VariableNode node) => true;

    public virtual bool EnterSelectionSet(SelectionSetNode node, SyntaxNode parent) => true;

    public virtual bool EnterField(FieldNode node) => true;

    public virtual void LeaveField(FieldNode node)
    {
    }

    public virtual bool EnterArgument(ArgumentNode node) => true;

    public virtual bool EnterFragmentSpread(FragmentSpreadNode node) => true;

    public virtual bool EnterInlineFragment(InlineFragmentNode node) => true;

    public virtual bool EnterFragmentDefinition(FragmentDefinitionNode node) => true;

    /// <summary>Any literal value: Int, Float, String, Boolean, Null, Enum, List or Object (not variables).</summary>
    public virtual bool EnterValue(ValueNode node) => true;

    public virtual void LeaveValue(ValueNode node)
    {
    }

    public virtual bool EnterObjectField(ObjectFieldNode node) => true;

    /// <summary>Called once for every node that carries directives, before its directives are visited.</summary>
    public virtual void EnterDirectives(SyntaxNode owner, IReadOnlyList<DirectiveNode> directives)
    {
    }

    public virtual bool EnterDirective(DirectiveNode node) => true;

    public virtual void LeaveDirective(DirectiveNode node)
    {
    }

    public virtual bool EnterNamedType(NamedTypeNode node) => true;

    public virtual bool EnterSchemaDefinition(SchemaDefinitionNode node) => true;

    public virtual bool EnterSchemaExtension(SchemaExtensionNode node) => true;

    public virtual bool EnterTypeDefinition(TypeDefinitionNode node) => true;

    public virtual bool EnterTypeExtension(TypeExtensionNode node) => true;

    public virtual bool EnterDirectiveDefinition(DirectiveDefinitionNode node) => true;
}
