namespace DiplomacyGraph.GraphQL.Language.Ast;

/// <summary>https://spec.graphql.org/October2021/#Name</summary>
public sealed record NameNode(string Value) : SyntaxNode
{
    public override SyntaxKind Kind => SyntaxKind.Name;
}
