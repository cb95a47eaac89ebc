using System.Text.Json;

namespace DiplomacyGraph.Fuzz.Schema;

/// <summary>
/// The parts of the live schema the generators need, read from the endpoint's own introspection:
/// every named type with its fields (objects, interfaces), input fields, enum values and possible
/// types (interfaces, unions), and the root types.
/// </summary>
public sealed class SchemaModel
{
    public const string IntrospectionQuery = """
        query FuzzIntrospection {
          __schema {
            queryType { name }
            mutationType { name }
            types {
              kind name
              fields { name args { name type { ...Ref } } type { ...Ref } }
              inputFields { name type { ...Ref } }
              enumValues { name }
              possibleTypes { name }
            }
          }
        }
        fragment Ref on __Type { kind name ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } }
        """;

    private readonly Dictionary<string, NamedType> _types;

    private SchemaModel(Dictionary<string, NamedType> types, string queryType, string? mutationType)
    {
        _types = types;
        QueryType = types[queryType];
        MutationType = mutationType is null ? null : types[mutationType];
    }

    public NamedType QueryType { get; }

    public NamedType? MutationType { get; }

    public NamedType this[string name] => _types[name];

    /// <summary>Reads the <c>data</c> of <see cref="IntrospectionQuery"/>.</summary>
    public static SchemaModel FromIntrospection(JsonElement data)
    {
        var schema = data.GetProperty("__schema");
        var types = new Dictionary<string, NamedType>(StringComparer.Ordinal);
        foreach (var type in schema.GetProperty("types").EnumerateArray())
        {
            var named = new NamedType(
                type.GetProperty("name").GetString()!,
                type.GetProperty("kind").GetString()!,
                ListOf(type, "fields", field => new FieldDefinition(
                    field.GetProperty("name").GetString()!,
                    ListOf(field, "args", ReadInputValue),
                    TypeRef.Read(field.GetProperty("type")))),
                ListOf(type, "inputFields", ReadInputValue),
                ListOf(type, "enumValues", value => value.GetProperty("name").GetString()!),
                ListOf(type, "possibleTypes", possible => possible.GetProperty("name").GetString()!));
            types[named.Name] = named;
        }

        var mutation = schema.GetProperty("mutationType");
        return new SchemaModel(
            types,
            schema.GetProperty("queryType").GetProperty("name").GetString()!,
            mutation.ValueKind == JsonValueKind.Null ? null : mutation.GetProperty("name").GetString());
    }

    private static InputValue ReadInputValue(JsonElement value) =>
        new(value.GetProperty("name").GetString()!, TypeRef.Read(value.GetProperty("type")));

    private static IReadOnlyList<T> ListOf<T>(JsonElement element, string property, Func<JsonElement, T> read) =>
        element.TryGetProperty(property, out var list) && list.ValueKind == JsonValueKind.Array
            ? [.. list.EnumerateArray().Select(read)]
            : [];
}

public sealed record NamedType(
    string Name,
    string Kind,
    IReadOnlyList<FieldDefinition> Fields,
    IReadOnlyList<InputValue> InputFields,
    IReadOnlyList<string> EnumValues,
    IReadOnlyList<string> PossibleTypes)
{
    public bool IsLeaf => Kind is "SCALAR" or "ENUM";

    public bool IsAbstract => Kind is "INTERFACE" or "UNION";
}

public sealed record FieldDefinition(string Name, IReadOnlyList<InputValue> Arguments, TypeRef Type);

public sealed record InputValue(string Name, TypeRef Type);

/// <summary>A type reference: a named type wrapped in lists and non-nulls.</summary>
public sealed record TypeRef(string Kind, string? Name, TypeRef? OfType)
{
    public bool IsNonNull => Kind == "NON_NULL";

    public bool IsList => Kind == "LIST";

    /// <summary>The type without its outer non-null.</summary>
    public TypeRef Nullable => IsNonNull ? OfType! : this;

    public string NamedTypeName => Name ?? OfType!.NamedTypeName;

    /// <summary>As written in a variable definition: <c>[String!]!</c>.</summary>
    public override string ToString() => Kind switch
    {
        "NON_NULL" => OfType + "!",
        "LIST" => "[" + OfType + "]",
        _ => Name!,
    };

    public static TypeRef Read(JsonElement element) => new(
        element.GetProperty("kind").GetString()!,
        element.TryGetProperty("name", out var name) && name.ValueKind == JsonValueKind.String ? name.GetString() : null,
        element.TryGetProperty("ofType", out var ofType) && ofType.ValueKind == JsonValueKind.Object ? Read(ofType) : null);
}
