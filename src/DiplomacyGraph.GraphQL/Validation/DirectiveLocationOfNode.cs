using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>The directive location a node stands for (https://spec.graphql.org/October2021/#DirectiveLocations).</summary>
internal static class DirectiveLocationOfNode
{
    /// <param name="appliedTo">The node the directive is written on.</param>
    /// <param name="appliedToParent">The node enclosing it (tells an argument from an input field definition).</param>
    public static DirectiveLocation? Of(SyntaxNode appliedTo, SyntaxNode? appliedToParent) => appliedTo switch
    {
        OperationDefinitionNode operation => operation.Operation switch
        {
            OperationType.Query => DirectiveLocation.Query,
            OperationType.Mutation => DirectiveLocation.Mutation,
            _ => DirectiveLocation.Subscription,
        },
        FieldNode => DirectiveLocation.Field,
        FragmentSpreadNode => DirectiveLocation.FragmentSpread,
        InlineFragmentNode => DirectiveLocation.InlineFragment,
        FragmentDefinitionNode => DirectiveLocation.FragmentDefinition,
        VariableDefinitionNode => DirectiveLocation.VariableDefinition,
        SchemaDefinitionNode or SchemaExtensionNode => DirectiveLocation.Schema,
        ScalarTypeDefinitionNode or ScalarTypeExtensionNode => DirectiveLocation.Scalar,
        ObjectTypeDefinitionNode or ObjectTypeExtensionNode => DirectiveLocation.Object,
        FieldDefinitionNode => DirectiveLocation.FieldDefinition,
        InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode => DirectiveLocation.Interface,
        UnionTypeDefinitionNode or UnionTypeExtensionNode => DirectiveLocation.Union,
        EnumTypeDefinitionNode or EnumTypeExtensionNode => DirectiveLocation.Enum,
        EnumValueDefinitionNode => DirectiveLocation.EnumValue,
        InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode => DirectiveLocation.InputObject,
        // As graphql-js: only a field of an input object *definition* is an input field
        // definition; a field added by an input object extension counts as an argument definition.
        InputValueDefinitionNode => appliedToParent is InputObjectTypeDefinitionNode
            ? DirectiveLocation.InputFieldDefinition
            : DirectiveLocation.ArgumentDefinition,
        DirectiveDefinitionNode => DirectiveLocation.DirectiveDefinition,
        _ => null,
    };
}
