using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Schema;

/// <summary>A field of a composite type, with where its value comes from.</summary>
public sealed class GraphField
{
    public GraphField(string declaringType, FieldDefinitionNode definition, FieldMapping mapping)
    {
        DeclaringType = declaringType;
        Definition = definition;
        Mapping = mapping;
        Shape = TypeShape.Of(definition.Type);
    }

    public string Name => Definition.Name.Value;

    /// <summary>The type whose SDL declares the field: an interface for fields its implementations inherit.</summary>
    public string DeclaringType { get; }

    /// <summary>The field as written in the source SDL, mapping directives included.</summary>
    public FieldDefinitionNode Definition { get; }

    public FieldMapping Mapping { get; }

    public TypeShape Shape { get; }

    public IReadOnlyList<InputValueDefinitionNode> Arguments => Definition.Arguments;

    public RelationshipMapping? Relationship => Mapping as RelationshipMapping;

    public override string ToString() => DeclaringType + "." + Name;
}
