namespace DiplomacyGraph.GraphQL.Types;

/// <summary>https://spec.graphql.org/October2021/#sec-Unions</summary>
public sealed class GraphQLUnionType : GraphQLNamedType, IGraphQLAbstractType
{
    private Func<IEnumerable<GraphQLNamedType>>? _typesThunk;
    private IReadOnlyList<GraphQLNamedType>? _declaredTypes;
    private IReadOnlyList<GraphQLObjectType>? _types;
    private readonly Lock _buildLock = new();

    public GraphQLUnionType(string name, Func<IEnumerable<GraphQLNamedType>> types)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(types);
        _typesThunk = types;
    }

    public GraphQLUnionType(string name, IEnumerable<GraphQLObjectType> types)
        : this(name, () => types)
    {
    }

    public override TypeKind Kind => TypeKind.Union;

    /// <summary>The member object types, in declaration order.</summary>
    public IReadOnlyList<GraphQLObjectType> Types => _types ?? BuildTypes();

    public TypeResolver? ResolveType { get; init; }

    /// <summary>The members exactly as declared, including any that are not object types, for the schema validator.</summary>
    internal IReadOnlyList<GraphQLNamedType> DeclaredTypes
    {
        get
        {
            if (_declaredTypes is null)
            {
                BuildTypes();
            }

            return _declaredTypes!;
        }
    }

    private IReadOnlyList<GraphQLObjectType> BuildTypes()
    {
        lock (_buildLock)
        {
            if (_types is { } built)
            {
                return built;
            }

            var declared = _typesThunk!().ToArray();
            var types = new List<GraphQLObjectType>(declared.Length);
            foreach (var type in declared)
            {
                if (type is GraphQLObjectType objectType)
                {
                    types.Add(objectType);
                }
            }

            _typesThunk = null;
            _declaredTypes = declared;
            Volatile.Write(ref _types, types);
            return types;
        }
    }
}
