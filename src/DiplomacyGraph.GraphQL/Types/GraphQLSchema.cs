using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Schema — the root operation types, every named type
/// reachable from them (and from the types given explicitly), and the directives. Types are
/// collected in graphql-js's order, so the type map, introspection and printed SDL list types as
/// graphql-js would. Immutable once built; safe to share between requests.
/// </summary>
public sealed class GraphQLSchema
{
    private readonly OrderedDictionary<string, GraphQLNamedType> _typeMap = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLDirective> _directivesByName = new(StringComparer.Ordinal);
    private readonly Dictionary<string, InterfaceImplementations> _implementations = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> _subTypes = new(StringComparer.Ordinal);
    private volatile IReadOnlyList<GraphQLError>? _validationErrors;

    /// <param name="query">The query root type; a valid schema has one.</param>
    /// <param name="mutation">The mutation root type, if mutations are supported.</param>
    /// <param name="subscription">The subscription root type, if subscriptions are supported.</param>
    /// <param name="types">Types to include even when no root reaches them (e.g. implementations of an interface), in the order they should be listed.</param>
    /// <param name="directives">The directives; the specified directives when null.</param>
    /// <param name="assumeValid">Skip schema validation (for schemas known to be valid, e.g. rebuilt from a validated one).</param>
    public GraphQLSchema(
        GraphQLNamedType? query = null,
        GraphQLNamedType? mutation = null,
        GraphQLNamedType? subscription = null,
        IEnumerable<GraphQLNamedType>? types = null,
        IEnumerable<GraphQLDirective>? directives = null,
        bool assumeValid = false)
    {
        DeclaredQueryType = query;
        DeclaredMutationType = mutation;
        DeclaredSubscriptionType = subscription;
        Directives = directives is null ? GraphQLDirective.Specified : [.. directives];
        if (assumeValid)
        {
            _validationErrors = [];
        }

        foreach (var type in CollectTypes(types))
        {
            if (!_typeMap.TryAdd(type.Name, type))
            {
                throw new InvalidOperationException(
                    $"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\".");
            }
        }

        foreach (var directive in Directives)
        {
            _directivesByName.TryAdd(directive.Name, directive);
        }

        IndexImplementations();
    }

    public string? Description { get; init; }

    /// <summary>The SDL <c>schema { … }</c> definition, when the schema was built from one.</summary>
    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Free-form data a host attaches; never exposed to clients.</summary>
    public IReadOnlyDictionary<string, object?> Extensions { get; init; } = EmptyExtensions.Instance;

    public GraphQLObjectType? QueryType => DeclaredQueryType as GraphQLObjectType;

    public GraphQLObjectType? MutationType => DeclaredMutationType as GraphQLObjectType;

    public GraphQLObjectType? SubscriptionType => DeclaredSubscriptionType as GraphQLObjectType;

    /// <summary>Every named type by name, in graphql-js's collection order.</summary>
    public IReadOnlyDictionary<string, GraphQLNamedType> TypeMap => _typeMap;

    public IReadOnlyList<GraphQLDirective> Directives { get; }

    /// <summary>The root types as given, even if not object types, so the validator can report them.</summary>
    internal GraphQLNamedType? DeclaredQueryType { get; }

    internal GraphQLNamedType? DeclaredMutationType { get; }

    internal GraphQLNamedType? DeclaredSubscriptionType { get; }

    /// <summary>Set once by <see cref="SchemaValidator"/>; read without locking (the result is immutable).</summary>
    internal IReadOnlyList<GraphQLError>? ValidationErrors
    {
        get => _validationErrors;
        set => _validationErrors = value;
    }

    public GraphQLObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => QueryType,
        OperationType.Mutation => MutationType,
        OperationType.Subscription => SubscriptionType,
        _ => null,
    };

    public GraphQLNamedType? GetType(string name) => _typeMap.TryGetValue(name, out var type) ? type : null;

    public GraphQLDirective? GetDirective(string name) => _directivesByName.TryGetValue(name, out var directive) ? directive : null;

    /// <summary>The object types a value of an abstract type can be: a union's members, or an interface's implementing objects.</summary>
    public IReadOnlyList<GraphQLObjectType> GetPossibleTypes(IGraphQLAbstractType abstractType) => abstractType switch
    {
        GraphQLUnionType union => union.Types,
        GraphQLInterfaceType interfaceType => GetImplementations(interfaceType).Objects,
        _ => [],
    };

    public InterfaceImplementations GetImplementations(GraphQLInterfaceType interfaceType) =>
        _implementations.TryGetValue(interfaceType.Name, out var implementations) ? implementations : InterfaceImplementations.None;

    /// <summary>
    /// True when <paramref name="maybeSubType"/> is a member of the union, or an object or
    /// interface implementing the interface (graphql-js's <c>isSubType</c>).
    /// </summary>
    public bool IsSubType(IGraphQLAbstractType abstractType, GraphQLNamedType maybeSubType) =>
        _subTypes.TryGetValue(abstractType.Name, out var names)
            ? names.Contains(maybeSubType.Name)
            : abstractType is GraphQLUnionType union && union.Types.Any(member => member.Name == maybeSubType.Name);

    public bool IsPossibleType(IGraphQLAbstractType abstractType, GraphQLObjectType objectType) => IsSubType(abstractType, objectType);

    /// <summary>
    /// graphql-js's order: the given types first (each followed by the types it reaches that were
    /// not given), then what the roots reach, the directives' argument types, and the introspection types.
    /// </summary>
    private List<GraphQLNamedType> CollectTypes(IEnumerable<GraphQLNamedType>? types)
    {
        var given = types is null ? [] : types.ToList();
        var pending = new HashSet<GraphQLNamedType>(given, ReferenceEqualityComparer.Instance);
        var seen = new HashSet<GraphQLNamedType>(ReferenceEqualityComparer.Instance);
        var ordered = new List<GraphQLNamedType>();

        foreach (var type in given)
        {
            pending.Remove(type);
            Collect(type);
        }

        CollectOptional(DeclaredQueryType);
        CollectOptional(DeclaredMutationType);
        CollectOptional(DeclaredSubscriptionType);
        foreach (var directive in Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                Collect(argument.Type);
            }
        }

        Collect(Introspection.SchemaType);
        return ordered;

        void CollectOptional(GraphQLNamedType? type)
        {
            if (type is not null)
            {
                Collect(type);
            }
        }

        void Collect(GraphQLType type)
        {
            var named = type.GetNamedType();
            if (pending.Contains(named) || !seen.Add(named))
            {
                return;
            }

            ordered.Add(named);
            switch (named)
            {
                case GraphQLUnionType union:
                    foreach (var member in union.DeclaredTypes)
                    {
                        Collect(member);
                    }

                    break;
                case GraphQLImplementingType implementing:
                    foreach (var implemented in implementing.DeclaredInterfaces)
                    {
                        Collect(implemented);
                    }

                    foreach (var field in implementing.Fields.Values)
                    {
                        Collect(field.Type);
                        foreach (var argument in field.Arguments)
                        {
                            Collect(argument.Type);
                        }
                    }

                    break;
                case GraphQLInputObjectType inputObject:
                    foreach (var field in inputObject.Fields.Values)
                    {
                        Collect(field.Type);
                    }

                    break;
            }
        }
    }

    private void IndexImplementations()
    {
        var objects = new Dictionary<string, List<GraphQLObjectType>>(StringComparer.Ordinal);
        var interfaces = new Dictionary<string, List<GraphQLInterfaceType>>(StringComparer.Ordinal);
        foreach (var type in _typeMap.Values)
        {
            if (type is not GraphQLImplementingType implementing)
            {
                continue;
            }

            foreach (var implemented in implementing.Interfaces)
            {
                if (implementing is GraphQLObjectType objectType)
                {
                    GetOrAdd(objects, implemented.Name).Add(objectType);
                }
                else
                {
                    GetOrAdd(interfaces, implemented.Name).Add((GraphQLInterfaceType)implementing);
                }
            }
        }

        foreach (var type in _typeMap.Values)
        {
            switch (type)
            {
                case GraphQLInterfaceType interfaceType:
                    var implementations = new InterfaceImplementations(
                        objects.TryGetValue(interfaceType.Name, out var o) ? o : [],
                        interfaces.TryGetValue(interfaceType.Name, out var i) ? i : []);
                    _implementations[interfaceType.Name] = implementations;
                    var names = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var objectType in implementations.Objects)
                    {
                        names.Add(objectType.Name);
                    }

                    foreach (var subInterface in implementations.Interfaces)
                    {
                        names.Add(subInterface.Name);
                    }

                    _subTypes[interfaceType.Name] = names;
                    break;
                case GraphQLUnionType union:
                    var members = new HashSet<string>(StringComparer.Ordinal);
                    foreach (var member in union.Types)
                    {
                        members.Add(member.Name);
                    }

                    _subTypes[union.Name] = members;
                    break;
            }
        }

        static List<T> GetOrAdd<T>(Dictionary<string, List<T>> map, string key)
        {
            if (!map.TryGetValue(key, out var list))
            {
                map[key] = list = [];
            }

            return list;
        }
    }
}
