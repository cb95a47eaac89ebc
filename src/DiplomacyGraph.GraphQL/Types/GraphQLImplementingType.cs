namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// What object and interface types share (graphql-js's <c>GraphQLImplementingType</c>): fields and
/// the interfaces they implement (https://spec.graphql.org/October2021/#sec-Interfaces).
/// Both lists may be given as thunks, so types can refer to each other in cycles; they are
/// evaluated once, when first read (at the latest when the schema is built).
/// </summary>
public abstract class GraphQLImplementingType : GraphQLNamedType
{
    private Func<IEnumerable<GraphQLField>>? _fieldsThunk;
    private Func<IEnumerable<GraphQLNamedType>>? _interfacesThunk;
    private IReadOnlyDictionary<string, GraphQLField>? _fields;
    private IReadOnlyList<GraphQLNamedType>? _declaredInterfaces;
    private IReadOnlyList<GraphQLInterfaceType>? _interfaces;

    // Thunks run once even when two schemas sharing a type (the introspection types) are built at once.
    private readonly Lock _buildLock = new();

    private protected GraphQLImplementingType(
        string name,
        Func<IEnumerable<GraphQLField>> fields,
        Func<IEnumerable<GraphQLNamedType>>? interfaces)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fieldsThunk = fields;
        _interfacesThunk = interfaces;
    }

    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLField> Fields => _fields ?? BuildFields();

    /// <summary>The interfaces this type declares it implements, in declaration order.</summary>
    public IReadOnlyList<GraphQLInterfaceType> Interfaces => _interfaces ?? BuildInterfaces();

    /// <summary>
    /// The declared interfaces exactly as given, including any that are not interface types,
    /// so the schema validator can report them.
    /// </summary>
    internal IReadOnlyList<GraphQLNamedType> DeclaredInterfaces
    {
        get
        {
            if (_declaredInterfaces is null)
            {
                BuildInterfaces();
            }

            return _declaredInterfaces!;
        }
    }

    /// <summary>The fields in definition order, as a list (for walking by index).</summary>
    public IReadOnlyList<GraphQLField> FieldList => ((OrderedDictionary<string, GraphQLField>)Fields).Values;

    public GraphQLField? GetField(string name) => Fields.TryGetValue(name, out var field) ? field : null;

    private IReadOnlyDictionary<string, GraphQLField> BuildFields()
    {
        lock (_buildLock)
        {
            if (_fields is { } built)
            {
                return built;
            }

            var fields = new OrderedDictionary<string, GraphQLField>(StringComparer.Ordinal);
            foreach (var field in _fieldsThunk!())
            {
                // A later definition of the same name replaces the earlier in place, as graphql-js's field maps do.
                fields[field.Name] = field;
            }

            _fieldsThunk = null;
            Volatile.Write(ref _fields, fields);
            return fields;
        }
    }

    private IReadOnlyList<GraphQLInterfaceType> BuildInterfaces()
    {
        lock (_buildLock)
        {
            if (_interfaces is { } built)
            {
                return built;
            }

            var declared = _interfacesThunk is null ? [] : _interfacesThunk().ToArray();
            var interfaces = new List<GraphQLInterfaceType>(declared.Length);
            foreach (var type in declared)
            {
                if (type is GraphQLInterfaceType interfaceType)
                {
                    interfaces.Add(interfaceType);
                }
            }

            _interfacesThunk = null;
            _declaredInterfaces = declared;
            Volatile.Write(ref _interfaces, interfaces);
            return interfaces;
        }
    }
}
