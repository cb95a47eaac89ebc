using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// Schema validation as graphql-js's <c>validateSchema</c> does it, with its messages and nodes:
/// root types (https://spec.graphql.org/October2021/#sec-Root-Operation-Types), directives
/// (https://spec.graphql.org/October2021/#sec-Type-System.Directives.Validation), reserved names,
/// fields and arguments (https://spec.graphql.org/October2021/#sec-Objects.Type-Validation),
/// interface implementation (https://spec.graphql.org/October2021/#sec-Interfaces.Type-Validation),
/// unions (https://spec.graphql.org/October2021/#sec-Unions.Type-Validation), enums
/// (https://spec.graphql.org/October2021/#sec-Enums.Type-Validation) and input objects
/// (https://spec.graphql.org/October2021/#sec-Input-Objects.Type-Validation). The result is cached on the schema.
/// </summary>
public static class SchemaValidator
{
    public static IReadOnlyList<GraphQLError> Validate(GraphQLSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        if (schema.ValidationErrors is { } cached)
        {
            return cached;
        }

        var context = new Context(schema);
        ValidateRootTypes(context);
        ValidateDirectives(context);
        ValidateTypes(context);
        schema.ValidationErrors = context.Errors;
        return context.Errors;
    }

    /// <summary>Throws <see cref="InvalidSchemaException"/> listing every problem when the schema is invalid.</summary>
    public static void AssertValid(GraphQLSchema schema)
    {
        var errors = Validate(schema);
        if (errors.Count != 0)
        {
            throw new InvalidSchemaException(errors);
        }
    }

    private static void ValidateRootTypes(Context context)
    {
        var schema = context.Schema;
        var queryType = schema.DeclaredQueryType;
        if (queryType is null)
        {
            context.Report("Query root type must be provided.", schema.AstNode);
        }
        else if (queryType is not GraphQLObjectType)
        {
            context.Report(
                $"Query root type must be Object type, it cannot be {queryType.Name}.",
                OperationTypeNode(schema, OperationType.Query) ?? queryType.AstNode);
        }

        if (schema.DeclaredMutationType is { } mutationType and not GraphQLObjectType)
        {
            context.Report(
                $"Mutation root type must be Object type if provided, it cannot be {mutationType.Name}.",
                OperationTypeNode(schema, OperationType.Mutation) ?? mutationType.AstNode);
        }

        if (schema.DeclaredSubscriptionType is { } subscriptionType and not GraphQLObjectType)
        {
            context.Report(
                $"Subscription root type must be Object type if provided, it cannot be {subscriptionType.Name}.",
                OperationTypeNode(schema, OperationType.Subscription) ?? subscriptionType.AstNode);
        }
    }

    private static SyntaxNode? OperationTypeNode(GraphQLSchema schema, OperationType operation)
    {
        var nodes = new List<IReadOnlyList<OperationTypeDefinitionNode>>();
        if (schema.AstNode is { } definition)
        {
            nodes.Add(definition.OperationTypes);
        }

        foreach (var extension in schema.ExtensionAstNodes)
        {
            nodes.Add(extension.OperationTypes);
        }

        foreach (var operationTypes in nodes)
        {
            foreach (var operationType in operationTypes)
            {
                if (operationType.Operation == operation)
                {
                    return operationType.Type;
                }
            }
        }

        return null;
    }

    private static void ValidateDirectives(Context context)
    {
        foreach (var directive in context.Schema.Directives)
        {
            ValidateName(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            foreach (var argument in directive.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report(
                        $"The type of @{directive.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode);
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    context.Report(
                        $"Required argument @{directive.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode),
                        argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateName(Context context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    private static void ValidateTypes(Context context)
    {
        var circularReferences = new InputObjectCycleDetector(context);
        foreach (var type in context.Schema.TypeMap.Values)
        {
            if (!Introspection.IsIntrospectionType(type))
            {
                ValidateName(context, type.Name, type.AstNode);
            }

            switch (type)
            {
                case GraphQLImplementingType implementing:
                    ValidateFields(context, implementing);
                    ValidateInterfaces(context, implementing);
                    break;
                case GraphQLUnionType union:
                    ValidateUnionMembers(context, union);
                    break;
                case GraphQLEnumType enumType:
                    ValidateEnumValues(context, enumType);
                    break;
                case GraphQLInputObjectType inputObject:
                    ValidateInputFields(context, inputObject);
                    circularReferences.Detect(inputObject);
                    break;
            }
        }
    }

    private static void ValidateFields(Context context, GraphQLImplementingType type)
    {
        var fields = type.Fields;
        if (fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", DefinitionAndExtensions(type));
        }

        foreach (var field in fields.Values)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType())
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            foreach (var argument in field.Arguments)
            {
                ValidateName(context, argument.Name, argument.AstNode);
                if (!argument.Type.IsInputType())
                {
                    context.Report(
                        $"The type of {type.Name}.{field.Name}({argument.Name}:) must be Input Type but got: {argument.Type}.",
                        argument.AstNode?.Type);
                }

                if (argument.IsRequired && argument.DeprecationReason is not null)
                {
                    context.Report(
                        $"Required argument {type.Name}.{field.Name}({argument.Name}:) cannot be deprecated.",
                        DeprecatedDirectiveNode(argument.AstNode),
                        argument.AstNode?.Type);
                }
            }
        }
    }

    private static void ValidateInterfaces(Context context, GraphQLImplementingType type)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var declared in type.DeclaredInterfaces)
        {
            if (declared is not GraphQLInterfaceType implemented)
            {
                context.Report(
                    $"Type {type.Name} must only implement Interface types, it cannot implement {declared.Name}.",
                    ImplementsInterfaceNodes(type, declared.Name));
                continue;
            }

            if (ReferenceEquals(type, implemented))
            {
                context.Report(
                    $"Type {type.Name} cannot implement itself because it would create a circular reference.",
                    ImplementsInterfaceNodes(type, implemented.Name));
                continue;
            }

            if (!seen.Add(implemented.Name))
            {
                context.Report($"Type {type.Name} can only implement {implemented.Name} once.", ImplementsInterfaceNodes(type, implemented.Name));
                continue;
            }

            ValidateTypeImplementsAncestors(context, type, implemented);
            ValidateTypeImplementsInterface(context, type, implemented);
        }
    }

    private static void ValidateTypeImplementsInterface(Context context, GraphQLImplementingType type, GraphQLInterfaceType implemented)
    {
        foreach (var interfaceField in implemented.Fields.Values)
        {
            var fieldName = interfaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                var nodes = new List<SyntaxNode?> { interfaceField.AstNode };
                nodes.AddRange(DefinitionAndExtensions(type));
                context.Report(
                    $"Interface field {implemented.Name}.{fieldName} expected but {type.Name} does not provide it.",
                    [.. nodes]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, interfaceField.Type))
            {
                context.Report(
                    $"Interface field {implemented.Name}.{fieldName} expects type {interfaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    interfaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var interfaceArgument in interfaceField.Arguments)
            {
                var argumentName = interfaceArgument.Name;
                var typeArgument = typeField.GetArgument(argumentName);
                if (typeArgument is null)
                {
                    context.Report(
                        $"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expected but {type.Name}.{fieldName} does not provide it.",
                        interfaceArgument.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(interfaceArgument.Type, typeArgument.Type))
                {
                    context.Report(
                        $"Interface field argument {implemented.Name}.{fieldName}({argumentName}:) expects type {interfaceArgument.Type} but {type.Name}.{fieldName}({argumentName}:) is type {typeArgument.Type}.",
                        interfaceArgument.AstNode?.Type,
                        typeArgument.AstNode?.Type);
                }
            }

            foreach (var typeArgument in typeField.Arguments)
            {
                if (interfaceField.GetArgument(typeArgument.Name) is null && typeArgument.IsRequired)
                {
                    context.Report(
                        $"Object field {type.Name}.{fieldName} includes required argument {typeArgument.Name} that is missing from the Interface field {implemented.Name}.{fieldName}.",
                        typeArgument.AstNode,
                        interfaceField.AstNode);
                }
            }
        }
    }

    private static void ValidateTypeImplementsAncestors(Context context, GraphQLImplementingType type, GraphQLInterfaceType implemented)
    {
        var typeInterfaces = type.DeclaredInterfaces;
        foreach (var transitive in implemented.DeclaredInterfaces)
        {
            if (Contains(typeInterfaces, transitive))
            {
                continue;
            }

            var nodes = new List<SyntaxNode?>();
            nodes.AddRange(ImplementsInterfaceNodes(implemented, transitive.Name));
            nodes.AddRange(ImplementsInterfaceNodes(type, implemented.Name));
            context.Report(
                ReferenceEquals(transitive, type)
                    ? $"Type {type.Name} cannot implement {implemented.Name} because it would create a circular reference."
                    : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {implemented.Name}.",
                [.. nodes]);
        }

        static bool Contains(IReadOnlyList<GraphQLNamedType> types, GraphQLNamedType type)
        {
            foreach (var candidate in types)
            {
                if (ReferenceEquals(candidate, type))
                {
                    return true;
                }
            }

            return false;
        }
    }

    private static void ValidateUnionMembers(Context context, GraphQLUnionType union)
    {
        var members = union.DeclaredTypes;
        if (members.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", DefinitionAndExtensions(union));
        }

        var included = new HashSet<string>(StringComparer.Ordinal);
        foreach (var member in members)
        {
            if (!included.Add(member.Name))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", UnionMemberNodes(union, member.Name));
                continue;
            }

            if (member is not GraphQLObjectType)
            {
                context.Report(
                    $"Union type {union.Name} can only include Object types, it cannot include {member.Name}.",
                    UnionMemberNodes(union, member.Name));
            }
        }
    }

    private static void ValidateEnumValues(Context context, GraphQLEnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", DefinitionAndExtensions(enumType));
        }

        foreach (var value in enumType.Values)
        {
            ValidateName(context, value.Name, value.AstNode);
        }
    }

    private static void ValidateInputFields(Context context, GraphQLInputObjectType inputObject)
    {
        var fields = inputObject.Fields;
        if (fields.Count == 0)
        {
            context.Report($"Input Object type {inputObject.Name} must define one or more fields.", DefinitionAndExtensions(inputObject));
        }

        foreach (var field in fields.Values)
        {
            ValidateName(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType())
            {
                context.Report($"The type of {inputObject.Name}.{field.Name} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired && field.DeprecationReason is not null)
            {
                context.Report(
                    $"Required input field {inputObject.Name}.{field.Name} cannot be deprecated.",
                    DeprecatedDirectiveNode(field.AstNode),
                    field.AstNode?.Type);
            }

            if (inputObject.IsOneOf)
            {
                if (field.Type is GraphQLNonNull)
                {
                    context.Report($"OneOf input field {inputObject.Name}.{field.Name} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {inputObject.Name}.{field.Name} cannot have a default value.", field.AstNode);
                }
            }
        }
    }

    private static SyntaxNode?[] DefinitionAndExtensions(GraphQLNamedType type)
    {
        var nodes = new SyntaxNode?[type.ExtensionAstNodes.Count + 1];
        nodes[0] = type.AstNode;
        for (var i = 0; i < type.ExtensionAstNodes.Count; i++)
        {
            nodes[i + 1] = type.ExtensionAstNodes[i];
        }

        return nodes;
    }

    private static SyntaxNode?[] ImplementsInterfaceNodes(GraphQLImplementingType type, string interfaceName)
    {
        var found = new List<SyntaxNode?>();
        foreach (var node in DefinitionAndExtensions(type))
        {
            var interfaces = node is IImplementingTypeNode implementing ? implementing.Interfaces : [];
            foreach (var interfaceNode in interfaces)
            {
                if (interfaceNode.Name.Value == interfaceName)
                {
                    found.Add(interfaceNode);
                }
            }
        }

        return [.. found];
    }

    private static SyntaxNode?[] UnionMemberNodes(GraphQLUnionType union, string typeName)
    {
        var found = new List<SyntaxNode?>();
        foreach (var node in DefinitionAndExtensions(union))
        {
            var types = node is IUnionTypeNode unionNode ? unionNode.Types : [];
            foreach (var typeNode in types)
            {
                if (typeNode.Name.Value == typeName)
                {
                    found.Add(typeNode);
                }
            }
        }

        return [.. found];
    }

    private static DirectiveNode? DeprecatedDirectiveNode(InputValueDefinitionNode? definition)
    {
        if (definition is null)
        {
            return null;
        }

        foreach (var directive in definition.Directives)
        {
            if (directive.Name.Value == GraphQLDirective.Deprecated.Name)
            {
                return directive;
            }
        }

        return null;
    }

    /// <summary>
    /// https://spec.graphql.org/October2021/#sec-Input-Objects.Type-Validation (rule 3): no input
    /// object may reach itself through non-null fields only — such a value could never be written.
    /// A depth-first search that reports each cycle once, with the fields along it.
    /// </summary>
    private sealed class InputObjectCycleDetector(Context context)
    {
        private readonly HashSet<string> _visited = new(StringComparer.Ordinal);
        private readonly List<GraphQLInputField> _fieldPath = [];
        private readonly Dictionary<string, int> _pathIndexByTypeName = new(StringComparer.Ordinal);

        public void Detect(GraphQLInputObjectType inputObject)
        {
            if (!_visited.Add(inputObject.Name))
            {
                return;
            }

            _pathIndexByTypeName[inputObject.Name] = _fieldPath.Count;
            foreach (var field in inputObject.Fields.Values)
            {
                if (field.Type is GraphQLNonNull { OfType: GraphQLInputObjectType fieldType })
                {
                    _fieldPath.Add(field);
                    if (!_pathIndexByTypeName.TryGetValue(fieldType.Name, out var cycleIndex))
                    {
                        Detect(fieldType);
                    }
                    else
                    {
                        var cycle = _fieldPath.GetRange(cycleIndex, _fieldPath.Count - cycleIndex);
                        var path = string.Join('.', cycle.Select(f => f.Name));
                        context.Report(
                            $"Cannot reference Input Object \"{fieldType.Name}\" within itself through a series of non-null fields: \"{path}\".",
                            [.. cycle.Select(f => (SyntaxNode?)f.AstNode)]);
                    }

                    _fieldPath.RemoveAt(_fieldPath.Count - 1);
                }
            }

            _pathIndexByTypeName.Remove(inputObject.Name);
        }
    }

    private sealed class Context(GraphQLSchema schema)
    {
        public GraphQLSchema Schema { get; } = schema;

        public List<GraphQLError> Errors { get; } = [];

        public void Report(string message, params SyntaxNode?[] nodes)
        {
            var present = new List<SyntaxNode>(nodes.Length);
            foreach (var node in nodes)
            {
                if (node is not null)
                {
                    present.Add(node);
                }
            }

            Errors.Add(new GraphQLError(message, present));
        }
    }
}
