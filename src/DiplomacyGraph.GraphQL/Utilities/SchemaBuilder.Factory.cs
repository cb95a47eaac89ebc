using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Utilities;

public sealed partial class SchemaBuilder
{
    /// <summary>
    /// One build: graphql-js's <c>extendSchemaImpl</c> over an empty schema. Types are created
    /// first with thunks for fields, interfaces and members, so definitions may refer to each other
    /// in any order; the thunks run when the schema collects its types.
    /// </summary>
    private sealed class SdlSchemaFactory(SchemaBuilder builder)
    {
        private static readonly Dictionary<string, GraphQLNamedType> StandardTypes = CreateStandardTypes();

        private readonly OrderedDictionary<string, GraphQLNamedType> _typeMap = new(StringComparer.Ordinal);
        private readonly Dictionary<string, List<TypeExtensionNode>> _typeExtensions = new(StringComparer.Ordinal);
        private readonly HashSet<(string Type, string Field)> _boundFields = [];

        public GraphQLSchema Create()
        {
            var typeDefinitions = new List<TypeDefinitionNode>();
            var directiveDefinitions = new List<DirectiveDefinitionNode>();
            var schemaExtensions = new List<SchemaExtensionNode>();
            SchemaDefinitionNode? schemaDefinition = null;
            foreach (var definition in builder._document.Definitions)
            {
                switch (definition)
                {
                    case SchemaDefinitionNode node:
                        schemaDefinition = node;
                        break;
                    case SchemaExtensionNode node:
                        schemaExtensions.Add(node);
                        break;
                    case TypeDefinitionNode node:
                        typeDefinitions.Add(node);
                        break;
                    case TypeExtensionNode node:
                        if (!_typeExtensions.TryGetValue(node.Name.Value, out var extensions))
                        {
                            _typeExtensions[node.Name.Value] = extensions = [];
                        }

                        extensions.Add(node);
                        break;
                    case DirectiveDefinitionNode node:
                        directiveDefinitions.Add(node);
                        break;
                }
            }

            foreach (var definition in typeDefinitions)
            {
                var name = definition.Name.Value;
                _typeMap[name] = StandardTypes.TryGetValue(name, out var standard) ? standard : BuildType(definition);
            }

            foreach (var name in _typeExtensions.Keys)
            {
                if (!_typeMap.ContainsKey(name))
                {
                    throw new SchemaBuildException($"Cannot extend type \"{name}\" because it is not defined.");
                }
            }

            var directives = new List<GraphQLDirective>();
            foreach (var definition in directiveDefinitions)
            {
                directives.Add(BuildDirective(definition));
            }

            foreach (var specified in GraphQLDirective.Specified)
            {
                if (!directives.Exists(directive => directive.Name == specified.Name))
                {
                    directives.Add(specified);
                }
            }

            GraphQLNamedType? query = null, mutation = null, subscription = null;
            if (schemaDefinition is null)
            {
                // Without a schema definition the roots are the types with the default names.
                foreach (var extension in schemaExtensions)
                {
                    AssignOperationTypes(extension.OperationTypes, ref query, ref mutation, ref subscription);
                }

                query = _typeMap.GetValueOrDefault("Query") ?? query;
                mutation = _typeMap.GetValueOrDefault("Mutation") ?? mutation;
                subscription = _typeMap.GetValueOrDefault("Subscription") ?? subscription;
            }
            else
            {
                AssignOperationTypes(schemaDefinition.OperationTypes, ref query, ref mutation, ref subscription);
                foreach (var extension in schemaExtensions)
                {
                    AssignOperationTypes(extension.OperationTypes, ref query, ref mutation, ref subscription);
                }
            }

            var schema = new GraphQLSchema(query, mutation, subscription, _typeMap.Values, directives, builder._assumeValid)
            {
                Description = schemaDefinition?.Description?.Value,
                AstNode = schemaDefinition,
                ExtensionAstNodes = schemaExtensions,
            };
            CheckBindings();
            return schema;
        }

        private void AssignOperationTypes(
            IReadOnlyList<OperationTypeDefinitionNode> operationTypes,
            ref GraphQLNamedType? query,
            ref GraphQLNamedType? mutation,
            ref GraphQLNamedType? subscription)
        {
            foreach (var operationType in operationTypes)
            {
                var type = GetNamedType(operationType.Type);
                switch (operationType.Operation)
                {
                    case OperationType.Query:
                        query = type;
                        break;
                    case OperationType.Mutation:
                        mutation = type;
                        break;
                    case OperationType.Subscription:
                        subscription = type;
                        break;
                }
            }
        }

        /// <summary>A binding that names no type or field of the schema is a mistake worth stopping for.</summary>
        private void CheckBindings()
        {
            foreach (var (type, field) in builder._resolvers.Keys)
            {
                if (!_boundFields.Contains((type, field)))
                {
                    throw new SchemaBuildException($"Cannot bind a resolver to {type}.{field}: the schema has no such field on an object or interface type.");
                }
            }

            foreach (var name in builder._typeResolvers.Keys)
            {
                if (_typeMap.GetValueOrDefault(name) is not IGraphQLAbstractType)
                {
                    throw new SchemaBuildException($"Cannot bind a type resolver to {name}: the schema has no such interface or union.");
                }
            }

            foreach (var name in builder._isTypeOf.Keys)
            {
                if (_typeMap.GetValueOrDefault(name) is not GraphQLObjectType)
                {
                    throw new SchemaBuildException($"Cannot bind IsTypeOf to {name}: the schema has no such object type.");
                }
            }

            foreach (var (enumName, values) in builder._enumValues)
            {
                if (_typeMap.GetValueOrDefault(enumName) is not GraphQLEnumType enumType)
                {
                    throw new SchemaBuildException($"Cannot bind values to enum {enumName}: the schema has no such enum.");
                }

                foreach (var valueName in values.Keys)
                {
                    if (enumType.GetValue(valueName) is null)
                    {
                        throw new SchemaBuildException($"Cannot bind a value to {enumName}.{valueName}: the enum has no such value.");
                    }
                }
            }
        }

        private GraphQLNamedType BuildType(TypeDefinitionNode definition)
        {
            var name = definition.Name.Value;
            var extensions = (IReadOnlyList<TypeExtensionNode>?)_typeExtensions.GetValueOrDefault(name) ?? [];
            var description = definition.Description?.Value;
            switch (definition)
            {
                case ObjectTypeDefinitionNode node:
                    return new GraphQLObjectType(
                        name,
                        () => BuildFields(name, node.Fields, extensions),
                        () => BuildInterfaces(node.Interfaces, extensions))
                    {
                        Description = description,
                        AstNode = node,
                        ExtensionAstNodes = extensions,
                        IsTypeOf = builder._isTypeOf.GetValueOrDefault(name),
                    };
                case InterfaceTypeDefinitionNode node:
                    return new GraphQLInterfaceType(
                        name,
                        () => BuildFields(name, node.Fields, extensions),
                        () => BuildInterfaces(node.Interfaces, extensions))
                    {
                        Description = description,
                        AstNode = node,
                        ExtensionAstNodes = extensions,
                        ResolveType = builder._typeResolvers.GetValueOrDefault(name),
                    };
                case UnionTypeDefinitionNode node:
                    return new GraphQLUnionType(name, () => BuildUnionMembers(node.Types, extensions))
                    {
                        Description = description,
                        AstNode = node,
                        ExtensionAstNodes = extensions,
                        ResolveType = builder._typeResolvers.GetValueOrDefault(name),
                    };
                case EnumTypeDefinitionNode node:
                    return new GraphQLEnumType(name, BuildEnumValues(name, node.Values, extensions))
                    {
                        Description = description,
                        AstNode = node,
                        ExtensionAstNodes = extensions,
                    };
                case InputObjectTypeDefinitionNode node:
                    return new GraphQLInputObjectType(name, () => BuildInputFields(node.Fields, extensions))
                    {
                        Description = description,
                        AstNode = node,
                        ExtensionAstNodes = extensions,
                        IsOneOf = ArgumentValues.ForDirective(GraphQLDirective.OneOf, node) is not null,
                    };
                case ScalarTypeDefinitionNode node:
                    return BuildScalar(node, extensions);
                default:
                    throw new SchemaBuildException($"Unexpected type definition: {definition.Kind}.");
            }
        }

        private GraphQLScalarType BuildScalar(ScalarTypeDefinitionNode node, IReadOnlyList<TypeExtensionNode> extensions)
        {
            var name = node.Name.Value;
            var specifiedByUrl = ArgumentValues.ForDirective(GraphQLDirective.SpecifiedBy, node)?["url"] as string;
            var implementation = builder._scalars.GetValueOrDefault(name);
            return new GraphQLScalarType(name)
            {
                // The SDL is the source of truth for what clients see; the implementation gives behaviour only.
                Description = node.Description?.Value,
                SpecifiedByUrl = specifiedByUrl,
                Serializer = implementation?.Serializer,
                ValueParser = implementation?.ValueParser,
                LiteralParser = implementation?.LiteralParser,
                AstNode = node,
                ExtensionAstNodes = extensions,
            };
        }

        private List<GraphQLField> BuildFields(string typeName, IReadOnlyList<FieldDefinitionNode> fields, IReadOnlyList<TypeExtensionNode> extensions)
        {
            var built = new List<GraphQLField>();
            foreach (var node in WithExtensions<IImplementingTypeNode, FieldDefinitionNode>(fields, extensions, extension => extension.Fields))
            {
                var fieldName = node.Name.Value;
                var resolver = builder._resolvers.GetValueOrDefault((typeName, fieldName));
                if (resolver is not null)
                {
                    _boundFields.Add((typeName, fieldName));
                }

                built.Add(new GraphQLField(fieldName, GetWrappedType(node.Type))
                {
                    Description = node.Description?.Value,
                    Arguments = BuildArguments(node.Arguments),
                    DeprecationReason = DeprecationReason(node),
                    Resolve = resolver ?? builder._defaultResolver,
                    AstNode = node,
                });
            }

            return built;
        }

        private List<GraphQLArgument> BuildArguments(IReadOnlyList<InputValueDefinitionNode> nodes)
        {
            var arguments = new List<GraphQLArgument>(nodes.Count);
            foreach (var node in nodes)
            {
                var type = GetWrappedType(node.Type);
                arguments.Add(new GraphQLArgument(node.Name.Value, type)
                {
                    Description = node.Description?.Value,
                    DeprecationReason = DeprecationReason(node),
                    AstNode = node,
                    DefaultValueIfAny = DefaultValueOf(node, type),
                });
            }

            return arguments;
        }

        private List<GraphQLInputField> BuildInputFields(IReadOnlyList<InputValueDefinitionNode> fields, IReadOnlyList<TypeExtensionNode> extensions)
        {
            var built = new List<GraphQLInputField>();
            foreach (var node in WithExtensions<IInputObjectTypeNode, InputValueDefinitionNode>(fields, extensions, extension => extension.Fields))
            {
                var type = GetWrappedType(node.Type);
                built.Add(new GraphQLInputField(node.Name.Value, type)
                {
                    Description = node.Description?.Value,
                    DeprecationReason = DeprecationReason(node),
                    AstNode = node,
                    DefaultValueIfAny = DefaultValueOf(node, type),
                });
            }

            return built;
        }

        /// <summary>A default that does not coerce is no default (graphql-js's valueFromAST gives undefined).</summary>
        private static (bool HasValue, object? Value) DefaultValueOf(InputValueDefinitionNode node, GraphQLType type) =>
            ValueFromAst.TryCoerce(node.DefaultValue, type, null, out var defaultValue) ? (true, defaultValue) : (false, null);

        private List<GraphQLEnumValue> BuildEnumValues(string enumName, IReadOnlyList<EnumValueDefinitionNode> values, IReadOnlyList<TypeExtensionNode> extensions)
        {
            var internalValues = builder._enumValues.GetValueOrDefault(enumName);
            var built = new List<GraphQLEnumValue>();
            foreach (var node in WithExtensions<IEnumTypeNode, EnumValueDefinitionNode>(values, extensions, extension => extension.Values))
            {
                var valueName = node.Name.Value;
                built.Add(new GraphQLEnumValue(valueName)
                {
                    Value = internalValues is not null && internalValues.TryGetValue(valueName, out var internalValue) ? internalValue : valueName,
                    Description = node.Description?.Value,
                    DeprecationReason = DeprecationReason(node),
                    AstNode = node,
                });
            }

            return built;
        }

        private List<GraphQLNamedType> BuildInterfaces(IReadOnlyList<NamedTypeNode> interfaces, IReadOnlyList<TypeExtensionNode> extensions) =>
            BuildNamedTypes(WithExtensions<IImplementingTypeNode, NamedTypeNode>(interfaces, extensions, extension => extension.Interfaces));

        private List<GraphQLNamedType> BuildUnionMembers(IReadOnlyList<NamedTypeNode> types, IReadOnlyList<TypeExtensionNode> extensions) =>
            BuildNamedTypes(WithExtensions<IUnionTypeNode, NamedTypeNode>(types, extensions, extension => extension.Types));

        private List<GraphQLNamedType> BuildNamedTypes(IEnumerable<NamedTypeNode> nodes)
        {
            var built = new List<GraphQLNamedType>();
            foreach (var node in nodes)
            {
                built.Add(GetNamedType(node));
            }

            return built;
        }

        /// <summary>
        /// The members a definition declares, then those of each extension of the same shape in the
        /// document, in order: graphql-js's buildASTSchema concatenates them the same way.
        /// </summary>
        private static IEnumerable<TMember> WithExtensions<TShape, TMember>(
            IReadOnlyList<TMember> declared, IReadOnlyList<TypeExtensionNode> extensions, Func<TShape, IReadOnlyList<TMember>> membersOf)
        {
            foreach (var member in declared)
            {
                yield return member;
            }

            foreach (var extension in extensions)
            {
                if (extension is TShape shaped)
                {
                    foreach (var member in membersOf(shaped))
                    {
                        yield return member;
                    }
                }
            }
        }

        private GraphQLDirective BuildDirective(DirectiveDefinitionNode node)
        {
            var locations = new List<DirectiveLocation>(node.Locations.Count);
            foreach (var location in node.Locations)
            {
                if (!DirectiveLocations.TryParse(location.Value, out var parsed))
                {
                    throw new SchemaBuildException($"Unexpected directive location \"{location.Value}\" on @{node.Name.Value}.");
                }

                locations.Add(parsed);
            }

            return new GraphQLDirective(node.Name.Value, locations)
            {
                Description = node.Description?.Value,
                IsRepeatable = node.Repeatable,
                Arguments = BuildArguments(node.Arguments),
                AstNode = node,
            };
        }

        private GraphQLNamedType GetNamedType(NamedTypeNode node)
        {
            var name = node.Name.Value;
            return StandardTypes.GetValueOrDefault(name) ?? _typeMap.GetValueOrDefault(name)
                ?? throw new SchemaBuildException($"Unknown type: \"{name}\".");
        }

        private GraphQLType GetWrappedType(TypeNode node) => node switch
        {
            ListTypeNode list => new GraphQLList(GetWrappedType(list.Type)),
            NonNullTypeNode nonNull => new GraphQLNonNull(GetWrappedType(nonNull.Type)),
            NamedTypeNode named => GetNamedType(named),
            _ => throw new SchemaBuildException($"Unexpected type node: {node.Kind}."),
        };

        private static string? DeprecationReason(IHasDirectivesNode node) =>
            ArgumentValues.ForDirective(GraphQLDirective.Deprecated, node)?.GetValueOrDefault("reason") as string;

        private static Dictionary<string, GraphQLNamedType> CreateStandardTypes()
        {
            var types = new Dictionary<string, GraphQLNamedType>(StringComparer.Ordinal);
            foreach (var scalar in Scalars.Specified)
            {
                types[scalar.Name] = scalar;
            }

            foreach (var type in Introspection.Types)
            {
                types[type.Name] = type;
            }

            return types;
        }
    }
}
