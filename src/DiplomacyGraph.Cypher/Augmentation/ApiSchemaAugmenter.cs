using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.GraphQL.Language.Ast;
using static DiplomacyGraph.Cypher.Augmentation.Sdl;

namespace DiplomacyGraph.Cypher.Augmentation;

/// <summary>
/// Turns the source SDL into the published API, HotChocolate style: for every <c>@node</c> type a
/// root connection field with <c>first/after/last/before</c>, <c>where</c> and <c>order</c>; the same
/// arguments on relationship fields, whose edges carry the relationship's properties; the filter,
/// sort, connection and edge types these need; <c>node</c>/<c>nodes</c> when a <c>Node</c> interface exists.
/// </summary>
public sealed class ApiSchemaAugmenter
{
    private const string NodeInterfaceName = "Node";

    private readonly GraphModel _model;
    private readonly Dictionary<string, TypeDefinitionNode> _generated = new(StringComparer.Ordinal);
    private readonly HashSet<string> _pending = new(StringComparer.Ordinal);
    private readonly List<(string Type, string Field)> _cursorFields = [];

    private ApiSchemaAugmenter(GraphModel model) => _model = model;

    public static ApiSchema Augment(GraphModel model) => new ApiSchemaAugmenter(model).Build();

    private ApiSchema Build()
    {
        var definitions = new List<DefinitionNode>();
        var rootConnections = new Dictionary<string, CompositeType>(StringComparer.Ordinal);
        var nodeInterface = _model.Types.GetValueOrDefault(NodeInterfaceName) is { Kind: CompositeTypeKind.Interface } ? NodeInterfaceName : null;

        foreach (var definition in _model.Source.Definitions)
        {
            switch (definition)
            {
                case DirectiveDefinitionNode directive when MappingDirectives.All.Contains(directive.Name.Value):
                case EnumTypeDefinitionNode { Name.Value: MappingDirectives.DirectionEnum }:
                    break;
                case ObjectTypeDefinitionNode objectType when _model.GetType(objectType.Name.Value).IsRelationshipProperties:
                    break;
                case ObjectTypeDefinitionNode objectType when objectType.Name.Value == _model.QueryTypeName:
                    definitions.Add(Query(objectType, rootConnections, nodeInterface));
                    break;
                case ObjectTypeDefinitionNode objectType:
                    definitions.Add(new ObjectTypeDefinitionNode(objectType.Description, objectType.Name, objectType.Interfaces, Published(objectType.Directives), PublishedFields(objectType.Name.Value)) { Location = objectType.Location });
                    break;
                case InterfaceTypeDefinitionNode interfaceType:
                    definitions.Add(new InterfaceTypeDefinitionNode(interfaceType.Description, interfaceType.Name, interfaceType.Interfaces, Published(interfaceType.Directives), PublishedFields(interfaceType.Name.Value)) { Location = interfaceType.Location });
                    break;
                case ScalarTypeDefinitionNode scalar:
                    definitions.Add(new ScalarTypeDefinitionNode(scalar.Description, scalar.Name, Published(scalar.Directives)) { Location = scalar.Location });
                    break;
                default:
                    definitions.Add(definition);
                    break;
            }
        }

        foreach (var enumType in GraphEnums.Generate(_model))
        {
            Generate(enumType.Name.Value, () => enumType);
        }

        foreach (var name in _generated.Keys)
        {
            if (_model.Types.ContainsKey(name) || _model.CustomScalars.ContainsKey(name) || _model.Enums.ContainsKey(name))
            {
                throw new SchemaDefinitionException($"The SDL defines '{name}', a name the API generates; rename the SDL type.");
            }
        }

        definitions.AddRange(_generated.Values);
        return new ApiSchema(_model, new DocumentNode(definitions), rootConnections, _cursorFields, nodeInterface);
    }

    private ObjectTypeDefinitionNode Query(ObjectTypeDefinitionNode source, Dictionary<string, CompositeType> rootConnections, string? nodeInterface)
    {
        var fields = new List<FieldDefinitionNode>(PublishedFields(source.Name.Value));
        if (nodeInterface is not null)
        {
            fields.Add(Field(ApiSchema.NodeField, Named(nodeInterface), "Fetches an object given its ID.", [Input("id", NonNull("ID"), "ID of the object.")]));
            fields.Add(Field(ApiSchema.NodesField, NonNull(ListOf(Named(nodeInterface))), "Lookup nodes by a list of IDs.", [Input("ids", NonNull(ListOf(NonNull("ID"))), "The list of node IDs.")]));
        }

        foreach (var node in _model.NodeTypes)
        {
            var connection = RootConnection(node);
            rootConnections.Add(node.RootFieldName!, node);
            fields.Add(Field(node.RootFieldName!, Named(connection), $"All {node.Name} nodes, filtered, ordered and paged.", PagingArguments(node, propertiesType: null)));
        }

        return new ObjectTypeDefinitionNode(source.Description, source.Name, source.Interfaces, Published(source.Directives), fields) { Location = source.Location };
    }

    private List<FieldDefinitionNode> PublishedFields(string typeName)
    {
        var fields = new List<FieldDefinitionNode>();
        foreach (var field in _model.GetType(typeName).Fields)
        {
            var definition = field.Definition with
            {
                Directives = Published(field.Definition.Directives),
                Arguments = [.. field.Definition.Arguments.Select(argument => argument with { Directives = Published(argument.Directives) })],
            };
            if (field.Mapping is RelationshipMapping relationship && field.Shape.IsList)
            {
                var target = _model.GetType(field.Shape.NamedType);
                TypeNode connection = Named(RelationshipConnection(field, target, relationship.PropertiesType));
                definition = definition with
                {
                    Type = field.Shape.IsNonNull ? NonNull(connection) : connection,
                    Arguments = PagingArguments(target, relationship.PropertiesType),
                };
            }

            fields.Add(definition);
        }

        return fields;
    }

    private static IReadOnlyList<DirectiveNode> Published(IReadOnlyList<DirectiveNode> directives) =>
        directives.Any(directive => MappingDirectives.All.Contains(directive.Name.Value))
            ? [.. directives.Where(directive => !MappingDirectives.All.Contains(directive.Name.Value))]
            : directives;

    private List<InputValueDefinitionNode> PagingArguments(CompositeType target, string? propertiesType)
    {
        var arguments = new List<InputValueDefinitionNode>
        {
            Input("first", Named("Int"), "Returns the first _n_ elements from the list."),
            Input("after", Named("String"), "Returns the elements in the list that come after the specified cursor."),
            Input("last", Named("Int"), "Returns the last _n_ elements from the list."),
            Input("before", Named("String"), "Returns the elements in the list that come before the specified cursor."),
            Input("where", Named(FilterInput(target, propertiesType))),
        };
        if (SortInput(target, propertiesType) is { } sort)
        {
            arguments.Add(Input("order", ListOf(NonNull(sort))));
        }

        return arguments;
    }

    // ---- connections -------------------------------------------------------------------------

    private string RootConnection(CompositeType node)
    {
        var name = GeneratedNames.RootConnection(node);
        var edge = GeneratedNames.RootEdge(node);
        Generate(edge, () => Object(edge, "An edge in a connection.",
        [
            Field("cursor", NonNull("String"), "A cursor for use in pagination."),
            Field("node", NonNull(node.Name), "The item at the end of the edge."),
        ]));
        _cursorFields.Add((edge, "cursor"));
        Generate(name, () => Connection(name, edge, node.Name));
        return name;
    }

    private string RelationshipConnection(GraphField field, CompositeType target, string? propertiesType)
    {
        var name = GeneratedNames.RelationshipConnection(field);
        var edge = GeneratedNames.RelationshipEdge(field);
        if (!_generated.ContainsKey(edge) && _pending.Add(edge))
        {
            var fields = new List<FieldDefinitionNode>
            {
                Field("cursor", NonNull("String"), "A cursor for use in pagination."),
                Field("node", NonNull(target.Name), "The node at the other end of the relationship."),
            };
            if (propertiesType is not null)
            {
                foreach (var property in _model.GetType(propertiesType).Fields)
                {
                    if (property.Name == EdgeIdentity.RelationshipIdField)
                    {
                        throw new SchemaDefinitionException($"{propertiesType}.{property.Name}: edges publish the relationship's `id` under this name; rename the field.");
                    }

                    var published = property.Definition with { Directives = Published(property.Definition.Directives) };
                    if (property.Name == EdgeIdentity.IdProperty)
                    {
                        published = published with { Name = Name(EdgeIdentity.RelationshipIdField), Description = Description("The relationship's id, `TYPE:from:to` (plus `:role` where the role tells two apart): the same from both ends.") };
                    }

                    fields.Add(published);
                }
            }

            _generated[edge] = Object(edge, $"A `{field.Relationship!.Type}` relationship of `{field}`, with its properties.", fields);
            _cursorFields.Add((edge, "cursor"));
        }

        Generate(name, () => Connection(name, edge, target.Name));
        return name;
    }

    private ObjectTypeDefinitionNode Connection(string name, string edge, string node)
    {
        Generate(GeneratedNames.PageInfo, () =>
        {
            _cursorFields.Add((GeneratedNames.PageInfo, "startCursor"));
            _cursorFields.Add((GeneratedNames.PageInfo, "endCursor"));
            return Object(GeneratedNames.PageInfo, "Information about pagination in a connection.",
            [
                Field("hasNextPage", NonNull("Boolean"), "Indicates whether more edges exist following the set defined by the clients arguments."),
                Field("hasPreviousPage", NonNull("Boolean"), "Indicates whether more edges exist prior the set defined by the clients arguments."),
                Field("startCursor", Named("String"), "When paginating backwards, the cursor to continue."),
                Field("endCursor", Named("String"), "When paginating forwards, the cursor to continue."),
            ]);
        });
        return Object(name, "A connection to a list of items.",
        [
            Field("pageInfo", NonNull(GeneratedNames.PageInfo), "Information to aid in pagination."),
            Field("edges", ListOf(NonNull(edge)), "A list of edges."),
            Field("nodes", ListOf(NonNull(node)), "A flattened list of the nodes."),
            Field("totalCount", NonNull("Int"), "Identifies the total count of items in the connection."),
        ]);
    }

    // ---- filters -------------------------------------------------------------------------------

    /// <summary>The <c>where</c> input of a node type, or of a node type reached through edges with properties (node fields + <c>edge</c>).</summary>
    private string FilterInput(CompositeType type, string? propertiesType)
    {
        var name = GeneratedNames.Filter(type.Name, propertiesType);
        Generate(name, () =>
        {
            var fields = LogicalOperators(name);
            fields.AddRange(FieldFilters(type));
            if (propertiesType is not null)
            {
                var edgeFilter = PropertiesFilterInput(_model.GetType(propertiesType));
                if (edgeFilter is not null)
                {
                    fields.Add(Input("edge", Named(edgeFilter), "Conditions on the relationship's properties."));
                }
            }

            return InputObject(name, propertiesType is null ? null : $"Conditions on a `{type.Name}` and on the `{propertiesType}` relationship that leads to it.", fields);
        });
        return name;
    }

    private string? PropertiesFilterInput(CompositeType properties)
    {
        var leaves = properties.Fields.Where(field => FieldCapabilities.IsFilterableLeaf(_model, field)).ToList();
        if (leaves.Count == 0)
        {
            return null;
        }

        var name = GeneratedNames.Filter(properties.Name);
        Generate(name, () =>
        {
            var fields = LogicalOperators(name);
            fields.AddRange(leaves.Select(LeafFilter));
            return InputObject(name, null, fields);
        });
        return name;
    }

    private static List<InputValueDefinitionNode> LogicalOperators(string filterName) =>
    [
        Input("and", ListOf(NonNull(filterName)), "All of these conditions hold."),
        Input("or", ListOf(NonNull(filterName)), "At least one of these conditions holds."),
        Input("not", Named(filterName), "This condition does not hold."),
    ];

    private IEnumerable<InputValueDefinitionNode> FieldFilters(CompositeType type)
    {
        foreach (var field in type.Fields)
        {
            if (FieldCapabilities.IsFilterableLeaf(_model, field))
            {
                yield return LeafFilter(field);
            }
            else if (field.Mapping is RelationshipMapping relationship)
            {
                var target = _model.GetType(field.Shape.NamedType);
                var itemFilter = FilterInput(target, relationship.PropertiesType);
                yield return field.Shape.IsList
                    ? Input(field.Name, Named(ListFilter(itemFilter)))
                    : Input(field.Name, Named(itemFilter));
            }
        }
    }

    private string ListFilter(string itemFilter)
    {
        var name = GeneratedNames.ListFilter(itemFilter);
        Generate(name, () => InputObject(name, null,
        [
            Input("all", Named(itemFilter), "Every related item matches."),
            Input("none", Named(itemFilter), "No related item matches."),
            Input("some", Named(itemFilter), "At least one related item matches."),
        ]));
        return name;
    }

    private InputValueDefinitionNode LeafFilter(GraphField field)
    {
        var leaf = field.Shape.NamedType;
        var operations = LeafOperations(leaf);
        if (!field.Shape.IsList)
        {
            return Input(field.Name, Named(operations));
        }

        var name = GeneratedNames.ListOperations(leaf);
        Generate(name, () => InputObject(name, null,
        [
            Input("all", Named(operations), "Every item matches."),
            Input("none", Named(operations), "No item matches."),
            Input("some", Named(operations), "At least one item matches."),
        ]));
        return Input(field.Name, Named(name));
    }

    private string LeafOperations(string leaf)
    {
        var name = GeneratedNames.Operations(leaf);
        Generate(name, () =>
        {
            var fields = new List<InputValueDefinitionNode>();
            foreach (var operation in FieldCapabilities.Operators(FieldCapabilities.LeafKindOf(_model, leaf)))
            {
                fields.Add(operation switch
                {
                    "in" or "nin" => Input(operation, ListOf(Named(leaf)), OperatorDescription(operation)),
                    "contains" or "startsWith" or "endsWith" => Input(operation, Named("String"), OperatorDescription(operation)),
                    _ => Input(operation, Named(leaf), OperatorDescription(operation)),
                });
            }

            return InputObject(name, null, fields);
        });
        return name;
    }

    private static string OperatorDescription(string operation) => operation switch
    {
        "eq" => "Equal to (null: has no value).",
        "neq" => "Not equal to (null: has a value).",
        "in" => "One of these.",
        "nin" => "None of these.",
        "contains" => "Contains this text (case-sensitive).",
        "startsWith" => "Starts with this text (case-sensitive).",
        "endsWith" => "Ends with this text (case-sensitive).",
        "gt" => "Greater than.",
        "gte" => "Greater than or equal to.",
        "lt" => "Less than.",
        _ => "Less than or equal to.",
    };

    // ---- sorting -------------------------------------------------------------------------------

    private string? SortInput(CompositeType type, string? propertiesType)
    {
        var keys = type.Fields.Where(field => FieldCapabilities.IsSortable(_model, field)).ToList();
        var edgeSort = propertiesType is null ? null : PropertiesSortInput(_model.GetType(propertiesType));
        if (keys.Count == 0 && edgeSort is null)
        {
            return null;
        }

        var name = GeneratedNames.Sort(type.Name, propertiesType);
        Generate(name, () =>
        {
            SortEnum();
            var fields = keys.Select(field => Input(field.Name, Named(GeneratedNames.SortEnum))).ToList();
            if (edgeSort is not null)
            {
                fields.Add(Input("edge", Named(edgeSort), "Order by the relationship's properties."));
            }

            return InputObject(name, null, fields);
        });
        return name;
    }

    private string? PropertiesSortInput(CompositeType properties)
    {
        var keys = properties.Fields.Where(field => FieldCapabilities.IsSortable(_model, field)).ToList();
        if (keys.Count == 0)
        {
            return null;
        }

        var name = GeneratedNames.Sort(properties.Name);
        Generate(name, () =>
        {
            SortEnum();
            return InputObject(name, null, [.. keys.Select(field => Input(field.Name, Named(GeneratedNames.SortEnum)))]);
        });
        return name;
    }

    private void SortEnum() => Generate(GeneratedNames.SortEnum, () =>
        Enum(GeneratedNames.SortEnum, null, ("ASC", "Ascending."), ("DESC", "Descending.")));

    /// <summary>Adds a generated type once; the factory may itself generate types (recursion through filters is cut by <see cref="_pending"/>).</summary>
    private void Generate(string name, Func<TypeDefinitionNode> factory)
    {
        if (_generated.ContainsKey(name) || !_pending.Add(name))
        {
            return;
        }

        _generated[name] = factory();
    }
}
