using System.Collections.Concurrent;
using System.Reflection;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// Which kinds of node a visitor type cares about: the <see cref="ValidationVisitor"/> methods it
/// overrides, found once per type by reflection. The walker calls a visitor only for those kinds,
/// so a rule that looks at fields costs nothing at values, names or directives.
/// </summary>
internal sealed class VisitorHooks
{
    private static readonly int KindCount = Enum.GetValues<SyntaxKind>().Length;

    private static readonly ConcurrentDictionary<Type, VisitorHooks> ByType = new();

    private static readonly SyntaxKind[] ValueKinds =
    [
        SyntaxKind.IntValue, SyntaxKind.FloatValue, SyntaxKind.StringValue, SyntaxKind.BooleanValue,
        SyntaxKind.NullValue, SyntaxKind.EnumValue, SyntaxKind.ListValue, SyntaxKind.ObjectValue,
    ];

    private static readonly SyntaxKind[] TypeDefinitionKinds =
    [
        SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition, SyntaxKind.InterfaceTypeDefinition,
        SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition, SyntaxKind.InputObjectTypeDefinition,
    ];

    private static readonly SyntaxKind[] TypeExtensionKinds =
    [
        SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
        SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
    ];

    /// <summary>Every kind of node that can carry directives, for <see cref="ValidationVisitor.EnterDirectives"/>.</summary>
    private static readonly SyntaxKind[] DirectiveOwnerKinds =
    [
        SyntaxKind.OperationDefinition, SyntaxKind.VariableDefinition, SyntaxKind.Field, SyntaxKind.FragmentSpread,
        SyntaxKind.InlineFragment, SyntaxKind.FragmentDefinition, SyntaxKind.SchemaDefinition, SyntaxKind.SchemaExtension,
        .. TypeDefinitionKinds, .. TypeExtensionKinds,
        SyntaxKind.FieldDefinition, SyntaxKind.InputValueDefinition, SyntaxKind.EnumValueDefinition,
    ];

    private readonly bool[] _enters = new bool[KindCount];
    private readonly bool[] _leaves = new bool[KindCount];

    private VisitorHooks(Type visitorType)
    {
        Hook(visitorType, nameof(ValidationVisitor.EnterDocument), _enters, SyntaxKind.Document);
        Hook(visitorType, nameof(ValidationVisitor.LeaveDocument), _leaves, SyntaxKind.Document);
        Hook(visitorType, nameof(ValidationVisitor.EnterOperationDefinition), _enters, SyntaxKind.OperationDefinition);
        Hook(visitorType, nameof(ValidationVisitor.LeaveOperationDefinition), _leaves, SyntaxKind.OperationDefinition);
        Hook(visitorType, nameof(ValidationVisitor.EnterVariableDefinition), _enters, SyntaxKind.VariableDefinition);
        Hook(visitorType, nameof(ValidationVisitor.EnterVariable), _enters, SyntaxKind.Variable);
        Hook(visitorType, nameof(ValidationVisitor.EnterSelectionSet), _enters, SyntaxKind.SelectionSet);
        Hook(visitorType, nameof(ValidationVisitor.EnterField), _enters, SyntaxKind.Field);
        Hook(visitorType, nameof(ValidationVisitor.LeaveField), _leaves, SyntaxKind.Field);
        Hook(visitorType, nameof(ValidationVisitor.EnterArgument), _enters, SyntaxKind.Argument);
        Hook(visitorType, nameof(ValidationVisitor.EnterFragmentSpread), _enters, SyntaxKind.FragmentSpread);
        Hook(visitorType, nameof(ValidationVisitor.EnterInlineFragment), _enters, SyntaxKind.InlineFragment);
        Hook(visitorType, nameof(ValidationVisitor.EnterFragmentDefinition), _enters, SyntaxKind.FragmentDefinition);
        Hook(visitorType, nameof(ValidationVisitor.EnterValue), _enters, ValueKinds);
        Hook(visitorType, nameof(ValidationVisitor.LeaveValue), _leaves, SyntaxKind.ListValue, SyntaxKind.ObjectValue);
        Hook(visitorType, nameof(ValidationVisitor.EnterObjectField), _enters, SyntaxKind.ObjectField);
        Hook(visitorType, nameof(ValidationVisitor.EnterDirective), _enters, SyntaxKind.Directive);
        Hook(visitorType, nameof(ValidationVisitor.LeaveDirective), _leaves, SyntaxKind.Directive);
        Hook(visitorType, nameof(ValidationVisitor.EnterNamedType), _enters, SyntaxKind.NamedType);
        Hook(visitorType, nameof(ValidationVisitor.EnterSchemaDefinition), _enters, SyntaxKind.SchemaDefinition);
        Hook(visitorType, nameof(ValidationVisitor.EnterSchemaExtension), _enters, SyntaxKind.SchemaExtension);
        Hook(visitorType, nameof(ValidationVisitor.EnterTypeDefinition), _enters, TypeDefinitionKinds);
        Hook(visitorType, nameof(ValidationVisitor.EnterTypeExtension), _enters, TypeExtensionKinds);
        Hook(visitorType, nameof(ValidationVisitor.EnterDirectiveDefinition), _enters, SyntaxKind.DirectiveDefinition);

        // A visitor that watches directives is entered at every node that can carry them.
        WatchesDirectives = IsOverridden(visitorType, nameof(ValidationVisitor.EnterDirectives));
        if (WatchesDirectives)
        {
            foreach (var kind in DirectiveOwnerKinds)
            {
                _enters[(int)kind] = true;
            }
        }
    }

    public static int Kinds => KindCount;

    public bool WatchesDirectives { get; }

    public static VisitorHooks Of(Type visitorType) => ByType.GetOrAdd(visitorType, static type => new VisitorHooks(type));

    /// <summary>Whether the visitor must be entered at nodes of this kind.</summary>
    public bool Enters(SyntaxKind kind) => _enters[(int)kind];

    /// <summary>
    /// Whether the visitor must be told when a node of this kind is left: it has a Leave method for
    /// it, or it may have skipped the node on entering and must resume after it.
    /// </summary>
    public bool Leaves(SyntaxKind kind) => _leaves[(int)kind] || _enters[(int)kind];

    private static void Hook(Type visitorType, string method, bool[] table, params SyntaxKind[] kinds)
    {
        if (!IsOverridden(visitorType, method))
        {
            return;
        }

        foreach (var kind in kinds)
        {
            table[(int)kind] = true;
        }
    }

    private static bool IsOverridden(Type visitorType, string method) =>
        visitorType.GetMethod(method, BindingFlags.Public | BindingFlags.Instance)?.DeclaringType != typeof(ValidationVisitor);
}
