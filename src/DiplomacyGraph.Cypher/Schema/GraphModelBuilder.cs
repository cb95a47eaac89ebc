using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Schema;

/// <summary>
/// Reads a source SDL document (types + mapping directives) into a <see cref="GraphModel"/>, checking
/// every mapping so that a mistake in the SDL stops the server at start-up with a message naming
/// the type and field, instead of failing a query later.
/// </summary>
/// <remarks>
/// One convenience beyond plain SDL: an object or interface inherits every field of its interfaces
/// that it does not restate, directives included. So <c>type City implements Entity @node</c> lists
/// only what is particular to cities; the published schema has the fields written out in full.
/// </remarks>
public static class GraphModelBuilder
{
    public static GraphModel Build(DocumentNode source)
    {
        var definitions = new Dictionary<string, TypeDefinitionNode>(StringComparer.Ordinal);
        string queryTypeName = "Query";
        string? mutationTypeName = null;
        foreach (var definition in source.Definitions)
        {
            switch (definition)
            {
                case TypeDefinitionNode type:
                    if (!definitions.TryAdd(type.Name.Value, type))
                    {
                        throw new SchemaDefinitionException($"Type '{type.Name.Value}' is defined twice.");
                    }

                    break;
                case SchemaDefinitionNode schema:
                    foreach (var operation in schema.OperationTypes)
                    {
                        if (operation.Operation == OperationType.Query)
                        {
                            queryTypeName = operation.Type.Name.Value;
                        }
                        else if (operation.Operation == OperationType.Mutation)
                        {
                            mutationTypeName = operation.Type.Name.Value;
                        }
                    }

                    break;
                case TypeSystemExtensionNode:
                    throw new SchemaDefinitionException("Type and schema extensions are not supported in the source SDL: write each type once.");
            }
        }

        if (mutationTypeName is null && definitions.ContainsKey("Mutation"))
        {
            mutationTypeName = "Mutation";
        }

        if (!definitions.ContainsKey(queryTypeName))
        {
            throw new SchemaDefinitionException($"The source SDL has no '{queryTypeName}' type.");
        }

        var types = new Dictionary<string, CompositeType>(StringComparer.Ordinal);
        foreach (var definition in definitions.Values)
        {
            if (CreateType(definition) is { } type)
            {
                types.Add(type.Name, type);
            }
        }

        var roots = new HashSet<string>(StringComparer.Ordinal) { queryTypeName };
        if (mutationTypeName is not null)
        {
            roots.Add(mutationTypeName);
        }

        foreach (var type in types.Values)
        {
            AddFields(type, definitions, roots.Contains(type.Name), queryTypeName == type.Name);
        }

        AddPossibleTypes(types);
        var model = new GraphModel(
            source,
            types,
            definitions.Values.OfType<ScalarTypeDefinitionNode>().ToDictionary(scalar => scalar.Name.Value, StringComparer.Ordinal),
            definitions.Values.OfType<EnumTypeDefinitionNode>().Where(e => e.Name.Value != MappingDirectives.DirectionEnum).ToDictionary(e => e.Name.Value, StringComparer.Ordinal),
            queryTypeName,
            mutationTypeName);
        CheckMappings(model);
        return model;
    }

    private static CompositeType? CreateType(TypeDefinitionNode definition)
    {
        var kind = definition switch
        {
            ObjectTypeDefinitionNode => CompositeTypeKind.Object,
            InterfaceTypeDefinitionNode => CompositeTypeKind.Interface,
            UnionTypeDefinitionNode => CompositeTypeKind.Union,
            _ => (CompositeTypeKind?)null,
        };
        if (kind is null)
        {
            return null;
        }

        var name = definition.Name.Value;
        var node = DirectiveArguments.Find(definition.Directives, MappingDirectives.Node);
        var isProperties = DirectiveArguments.Find(definition.Directives, MappingDirectives.RelationshipProperties) is not null;
        if (node is not null && kind == CompositeTypeKind.Union)
        {
            throw new SchemaDefinitionException($"Union '{name}': @node goes on object types and interfaces; a union's members carry their own labels.");
        }

        IReadOnlyList<string>? labels = null;
        string? rootField = null;
        if (node is not null)
        {
            labels = DirectiveArguments.StringList(node, "labels", name) ?? [name];
            if (labels.Count == 0)
            {
                throw new SchemaDefinitionException($"Type '{name}': @node(labels:) must name at least one label.");
            }

            foreach (var label in labels)
            {
                CypherIdentifier.Escape(label);
            }

            var plural = DirectiveArguments.String(node, "plural", name);
            rootField = plural is null ? Pluralizer.RootFieldName(name) : Pluralizer.LowerFirst(plural);
        }

        return new CompositeType(definition, kind.Value, labels, rootField, isProperties);
    }

    private static void AddFields(CompositeType type, Dictionary<string, TypeDefinitionNode> definitions, bool isRoot, bool isQuery)
    {
        var (ownFields, interfaces) = type.Definition switch
        {
            ObjectTypeDefinitionNode o => (o.Fields, o.Interfaces),
            InterfaceTypeDefinitionNode i => (i.Fields, i.Interfaces),
            _ => ((IReadOnlyList<FieldDefinitionNode>)[], (IReadOnlyList<NamedTypeNode>)[]),
        };

        var own = ownFields.ToDictionary(field => field.Name.Value, StringComparer.Ordinal);
        var added = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (declaringType, inherited) in InterfaceFields(interfaces, definitions, type.Name))
        {
            if (!added.Add(inherited.Name.Value))
            {
                continue;
            }

            var restated = own.GetValueOrDefault(inherited.Name.Value);
            var field = restated is null ? inherited : WithInheritedMapping(restated, inherited);
            var declaredBy = restated is null || !HasMappingDirective(restated) ? declaringType : type.Name;
            type.AddField(new GraphField(declaredBy, field, MappingOf(type, field, isRoot, isQuery)));
        }

        foreach (var field in ownFields)
        {
            if (added.Add(field.Name.Value))
            {
                type.AddField(new GraphField(type.Name, field, MappingOf(type, field, isRoot, isQuery)));
            }
        }
    }

    /// <summary>A restated field without mapping directives (or description) keeps the interface's, so restating a field only to show it changes nothing.</summary>
    private static FieldDefinitionNode WithInheritedMapping(FieldDefinitionNode restated, FieldDefinitionNode inherited)
    {
        var field = restated.Description is null && inherited.Description is not null ? restated with { Description = inherited.Description } : restated;
        return HasMappingDirective(restated) || !HasMappingDirective(inherited)
            ? field
            : field with { Directives = [.. restated.Directives, .. inherited.Directives.Where(IsMappingDirective)] };
    }

    private static bool HasMappingDirective(FieldDefinitionNode field) => field.Directives.Any(IsMappingDirective);

    private static bool IsMappingDirective(DirectiveNode directive) => MappingDirectives.All.Contains(directive.Name.Value);

    /// <summary>Fields of the interfaces (and their interfaces), first declaration wins, each with the interface that declares it.</summary>
    private static IEnumerable<(string DeclaringType, FieldDefinitionNode Field)> InterfaceFields(
        IReadOnlyList<NamedTypeNode> interfaces, Dictionary<string, TypeDefinitionNode> definitions, string typeName)
    {
        foreach (var named in interfaces)
        {
            if (definitions.GetValueOrDefault(named.Name.Value) is not InterfaceTypeDefinitionNode definition)
            {
                throw new SchemaDefinitionException($"Type '{typeName}' implements '{named.Name.Value}', which is not an interface of the SDL.");
            }

            foreach (var inherited in InterfaceFields(definition.Interfaces, definitions, definition.Name.Value))
            {
                yield return inherited;
            }

            foreach (var field in definition.Fields)
            {
                yield return (definition.Name.Value, field);
            }
        }
    }

    private static FieldMapping MappingOf(CompositeType type, FieldDefinitionNode field, bool isRoot, bool isQuery)
    {
        var where = $"{type.Name}.{field.Name.Value}";
        var mappings = new List<FieldMapping>();
        foreach (var directive in field.Directives)
        {
            switch (directive.Name.Value)
            {
                case MappingDirectives.Relationship:
                    var relationshipType = DirectiveArguments.RequiredString(directive, "type", where);
                    CypherIdentifier.Escape(relationshipType);
                    var direction = DirectiveArguments.Enum(directive, "direction", where) switch
                    {
                        "OUT" => RelationshipDirection.Out,
                        "IN" => RelationshipDirection.In,
                        "BOTH" => RelationshipDirection.Both,
                        var other => throw new SchemaDefinitionException($"{where}: @relationship(direction:) must be OUT, IN or BOTH, not '{other}'."),
                    };
                    mappings.Add(new RelationshipMapping(relationshipType, direction, DirectiveArguments.String(directive, "properties", where)));
                    break;
                case MappingDirectives.Cypher:
                    var statement = DirectiveArguments.RequiredString(directive, "statement", where);
                    if (isQuery)
                    {
                        RootCypherStatement.Parse(statement, where);
                    }

                    mappings.Add(new CypherMapping(statement));
                    break;
                case MappingDirectives.Lookup:
                    var key = DirectiveArguments.RequiredString(directive, "key", where);
                    CypherIdentifier.Escape(key);
                    mappings.Add(new LookupMapping(key, DirectiveArguments.RequiredString(directive, "values", where), DirectiveArguments.String(directive, "match", where)));
                    break;
            }
        }

        if (mappings.Count > 1)
        {
            throw new SchemaDefinitionException($"{where}: use one of @relationship, @cypher and @lookup, not several.");
        }

        if (mappings.Count == 1)
        {
            if (isRoot && mappings[0] is not CypherMapping)
            {
                throw new SchemaDefinitionException($"{where}: a root field is either @cypher or resolved in C#; @relationship and @lookup need a parent node.");
            }

            if (!isRoot && mappings[0] is CypherMapping && field.Arguments.Count > 0)
            {
                throw new SchemaDefinitionException($"{where}: @cypher fields below the root take no arguments.");
            }

            return mappings[0];
        }

        if (isRoot)
        {
            return new ResolverMapping();
        }

        CypherIdentifier.Escape(field.Name.Value);
        return new PropertyMapping(field.Name.Value);
    }

    private static void AddPossibleTypes(Dictionary<string, CompositeType> types)
    {
        foreach (var type in types.Values)
        {
            switch (type.Definition)
            {
                case ObjectTypeDefinitionNode:
                    type.AddPossibleType(type);
                    break;
                case UnionTypeDefinitionNode union:
                    foreach (var member in union.Types)
                    {
                        if (types.GetValueOrDefault(member.Name.Value) is not { Kind: CompositeTypeKind.Object } memberType)
                        {
                            throw new SchemaDefinitionException($"Union '{type.Name}': member '{member.Name.Value}' is not an object type of the SDL.");
                        }

                        type.AddPossibleType(memberType);
                    }

                    break;
                case InterfaceTypeDefinitionNode:
                    foreach (var candidate in types.Values)
                    {
                        if (candidate.Kind == CompositeTypeKind.Object && Implements(candidate.Definition, type.Name, types))
                        {
                            type.AddPossibleType(candidate);
                        }
                    }

                    break;
            }
        }
    }

    private static bool Implements(TypeDefinitionNode definition, string interfaceName, Dictionary<string, CompositeType> types)
    {
        var interfaces = definition switch
        {
            ObjectTypeDefinitionNode o => o.Interfaces,
            InterfaceTypeDefinitionNode i => i.Interfaces,
            _ => [],
        };
        foreach (var named in interfaces)
        {
            if (named.Name.Value == interfaceName
                || (types.GetValueOrDefault(named.Name.Value) is { } parent && Implements(parent.Definition, interfaceName, types)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Checks that each mapping points at types that can carry it.</summary>
    private static void CheckMappings(GraphModel model)
    {
        var rootNames = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in model.NodeTypes)
        {
            if (!rootNames.Add(node.RootFieldName!))
            {
                throw new SchemaDefinitionException($"Two node types would both get the root field '{node.RootFieldName}'; name one with @node(plural:).");
            }

            if (node.PossibleTypes.Count == 0)
            {
                throw new SchemaDefinitionException($"Node type '{node.Name}' has no object types implementing it.");
            }
        }

        var query = model.GetType(model.QueryTypeName);
        foreach (var field in query.Fields)
        {
            if (rootNames.Contains(field.Name))
            {
                throw new SchemaDefinitionException($"{query.Name}.{field.Name} clashes with the generated root field of the same name.");
            }
        }

        foreach (var type in model.Types.Values)
        {
            foreach (var field in type.Fields)
            {
                var where = $"{type.Name}.{field.Name}";
                switch (field.Mapping)
                {
                    case RelationshipMapping relationship:
                        if (type.PossibleTypes.Count == 0 || type.PossibleTypes.Any(possible => !possible.IsNode))
                        {
                            throw new SchemaDefinitionException($"{where}: @relationship fields belong to @node types (or interfaces implemented only by @node types).");
                        }

                        RequireNodeTarget(model, field, where);
                        if (relationship.PropertiesType is { } properties
                            && model.Types.GetValueOrDefault(properties) is not { IsRelationshipProperties: true })
                        {
                            throw new SchemaDefinitionException($"{where}: @relationship(properties: \"{properties}\") must name an object type marked @relationshipProperties.");
                        }

                        break;
                    case LookupMapping:
                        RequireNodeTarget(model, field, where);
                        break;
                    case PropertyMapping when type.IsNode && !model.IsLeaf(field.Shape.NamedType):
                        throw new SchemaDefinitionException($"{where}: a field of object type on a node needs @relationship, @lookup or @cypher (node properties hold only scalars).");
                }
            }
        }
    }

    private static void RequireNodeTarget(GraphModel model, GraphField field, string where)
    {
        var target = model.Types.GetValueOrDefault(field.Shape.NamedType);
        if (target is null || target.PossibleTypes.Count == 0 || target.PossibleTypes.Any(possible => !possible.IsNode))
        {
            throw new SchemaDefinitionException($"{where}: the type '{field.Shape.NamedType}' must be a @node type (or an interface/union of @node types).");
        }
    }
}
