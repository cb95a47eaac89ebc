namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>https://spec.graphql.org/October2021/#Value</summary>
public abstract record ValueNode : SyntaxNode;

/// <summary>https://spec.graphql.org/October2021/#Variable</summary>
public sealed record VariableNode(NameNode Name) : ValueNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Variable;
}

/// <summary>https://spec.graphql.org/October2021/#IntValue — kept as written, so no precision is lost before coercion.</summary>
public sealed record IntValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.IntValue;
}

/// <summary>https://spec.graphql.org/October2021/#FloatValue — kept as written.</summary>
public sealed record FloatValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.FloatValue;
}

/// <summary>https://spec.graphql.org/October2021/#StringValue — <see cref="Value"/> is the cooked string (escapes and block indentation resolved).</summary>
public sealed record StringValueNode(string Value, bool Block = false) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.StringValue;
}

/// <summary>https://spec.graphql.org/October2021/#BooleanValue</summary>
public sealed record BooleanValueNode(bool Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.BooleanValue;
}

/// <summary>https://spec.graphql.org/October2021/#NullValue</summary>
public sealed record NullValueNode : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.NullValue;
}

/// <summary>https://spec.graphql.org/October2021/#EnumValue</summary>
public sealed record EnumValueNode(string Value) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.EnumValue;
}

/// <summary>https://spec.graphql.org/October2021/#ListValue</summary>
public sealed record ListValueNode(IReadOnlyList<ValueNode> Values) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ListValue;
}

/// <summary>https://spec.graphql.org/October2021/#ObjectValue</summary>
public sealed record ObjectValueNode(IReadOnlyList<ObjectFieldNode> Fields) : ValueNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectValue;
}

/// <summary>https://spec.graphql.org/October2021/#ObjectField</summary>
public sealed record ObjectFieldNode(NameNode Name, ValueNode Value) : SyntaxNode, INamedSyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.ObjectField;
}
