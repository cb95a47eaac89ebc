namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Input-Objects — a composite input. A <c>@oneOf</c>
/// input object requires exactly one field, non-null (graphql-js's <c>isOneOf</c>).
/// </summary>
public sealed class GraphQLInputObjectType : GraphQLNamedType
{
    private Func<IEnumerable<GraphQLInputField>>? _fieldsThunk;
    private IReadOnlyDictionary<string, GraphQLInputField>? _fields;
    private readonly Lock _buildLock = new();

    public GraphQLInputObjectType(string name, Func<IEnumerable<GraphQLInputField>> fields)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(fields);
        _fieldsThunk = fields;
    }

    public GraphQLInputObjectType(string name, IEnumerable<GraphQLInputField> fields)
        : this(name, () => fields)
    {
    }

    public override TypeKind Kind => TypeKind.InputObject;

    /// <summary>The fields by name, in definition order.</summary>
    public IReadOnlyDictionary<string, GraphQLInputField> Fields => _fields ?? BuildFields();

    public bool IsOneOf { get; init; }

    /// <summary>The fields in definition order, as a list (for walking by index).</summary>
    public IReadOnlyList<GraphQLInputField> FieldList => ((OrderedDictionary<string, GraphQLInputField>)Fields).Values;

    public GraphQLInputField? GetField(string name) => Fields.TryGetValue(name, out var field) ? field : null;

    private IReadOnlyDictionary<string, GraphQLInputField> BuildFields()
    {
        lock (_buildLock)
        {
            if (_fields is { } built)
            {
                return built;
            }

            var fields = new OrderedDictionary<string, GraphQLInputField>(StringComparer.Ordinal);
            foreach (var field in _fieldsThunk!())
            {
                fields[field.Name] = field;
            }

            _fieldsThunk = null;
            Volatile.Write(ref _fields, fields);
            return fields;
        }
    }
}
