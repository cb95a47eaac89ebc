using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Input-Object-Field-Uniqueness — an input object
/// literal gives each field at most once.
/// </summary>
public sealed class UniqueInputFieldNamesRule : IValidationRule, ISdlValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    public ValidationVisitor CreateVisitor(SdlValidationContext context) => new Visitor(context);

    private sealed class Visitor(AstValidationContext context) : ValidationVisitor
    {
        private readonly Stack<Dictionary<string, NameNode>> _enclosingObjects = new();
        private Dictionary<string, NameNode> _knownNames = new(StringComparer.Ordinal);

        public override bool EnterValue(ValueNode node)
        {
            if (node is ObjectValueNode)
            {
                _enclosingObjects.Push(_knownNames);
                _knownNames = new Dictionary<string, NameNode>(StringComparer.Ordinal);
            }

            return true;
        }

        public override void LeaveValue(ValueNode node)
        {
            if (node is ObjectValueNode)
            {
                _knownNames = _enclosingObjects.Pop();
            }
        }

        public override bool EnterObjectField(ObjectFieldNode node)
        {
            var name = node.Name.Value;
            if (_knownNames.TryGetValue(name, out var known))
            {
                context.ReportError(new GraphQLError($"There can be only one input field named \"{name}\".", [known, node.Name]));
            }
            else
            {
                _knownNames[name] = node.Name;
            }

            return true;
        }
    }
}
