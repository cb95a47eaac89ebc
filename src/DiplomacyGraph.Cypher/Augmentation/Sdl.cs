using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Augmentation;

/// <summary>Short constructors for the syntax nodes of generated types, so the generators read like the SDL they produce.</summary>
internal static class Sdl
{
    public static NameNode Name(string value) => new(value);

    public static NamedTypeNode Named(string name) => new(Name(name));

    public static NonNullTypeNode NonNull(TypeNode type) => new(type);

    public static NonNullTypeNode NonNull(string name) => new(Named(name));

    public static ListTypeNode ListOf(TypeNode type) => new(type);

    public static StringValueNode? Description(string? text) => text is null ? null : new StringValueNode(text, Block: text.Contains('\n'));

    public static FieldDefinitionNode Field(string name, TypeNode type, string? description = null, IReadOnlyList<InputValueDefinitionNode>? arguments = null) =>
        new(Description(description), Name(name), arguments ?? [], type, []);

    public static InputValueDefinitionNode Input(string name, TypeNode type, string? description = null) =>
        new(Description(description), Name(name), type, null, []);

    public static ObjectTypeDefinitionNode Object(string name, string? description, IReadOnlyList<FieldDefinitionNode> fields) =>
        new(Description(description), Name(name), [], [], fields);

    public static InputObjectTypeDefinitionNode InputObject(string name, string? description, IReadOnlyList<InputValueDefinitionNode> fields) =>
        new(Description(description), Name(name), [], fields);

    public static EnumTypeDefinitionNode Enum(string name, string? description, params (string Name, string Description)[] values) =>
        new(Description(description), Name(name), [], [.. values.Select(value => new EnumValueDefinitionNode(Description(value.Description), Name(value.Name), []))]);
}
