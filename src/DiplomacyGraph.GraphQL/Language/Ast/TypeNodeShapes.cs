namespace DiplomacyGraph.GraphQL.Language.Ast;

// A type definition and its extension have the same children (an extension only lacks the
// description), so code that walks or builds types reads them through these shapes once instead of
// once per syntax kind. https://spec.graphql.org/October2021/#sec-Type-Extensions

/// <summary>Object and interface types, definitions and extensions: implemented interfaces and fields.</summary>
public interface IImplementingTypeNode : IHasDirectivesNode
{
    IReadOnlyList<NamedTypeNode> Interfaces { get; }

    IReadOnlyList<FieldDefinitionNode> Fields { get; }
}

/// <summary>Union types, definitions and extensions: the member types.</summary>
public interface IUnionTypeNode : IHasDirectivesNode
{
    IReadOnlyList<NamedTypeNode> Types { get; }
}

/// <summary>Enum types, definitions and extensions: the values.</summary>
public interface IEnumTypeNode : IHasDirectivesNode
{
    IReadOnlyList<EnumValueDefinitionNode> Values { get; }
}

/// <summary>Input object types, definitions and extensions: the input fields.</summary>
public interface IInputObjectTypeNode : IHasDirectivesNode
{
    IReadOnlyList<InputValueDefinitionNode> Fields { get; }
}
