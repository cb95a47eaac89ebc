using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>
/// The introspection system (https://spec.graphql.org/October2021/#sec-Introspection): the types
/// <c>__Schema</c>, <c>__Type</c>, <c>__Field</c>, <c>__InputValue</c>, <c>__EnumValue</c>,
/// <c>__Directive</c>, <c>__TypeKind</c>, <c>__DirectiveLocation</c> and the meta fields
/// <c>__schema</c>, <c>__type</c>, <c>__typename</c>, exactly as graphql-js v16 defines them
/// (descriptions, argument defaults, field order), so a client's introspection query reads the
/// same here as there. The resolvers read the type-system objects themselves.
/// </summary>
public static class Introspection
{
    // The types refer to each other in cycles. Their fields are thunks, run after every static
    // field below is assigned; the `!` on references to fields declared later says just that.

    // Results are boxed once here rather than on every introspected field.
    private static readonly object True = true;
    private static readonly object False = false;
    private static readonly object[] KindBoxes = [.. Enum.GetValues<TypeKind>().Select(kind => (object)kind)];

    public static readonly GraphQLObjectType SchemaType = new(
        "__Schema",
        () =>
        [
            new GraphQLField("description", Scalars.String) { Resolve = Read<GraphQLSchema>(schema => schema.Description) },
            new GraphQLField("types", NonNullListOfNonNull(TypeType!))
            {
                Description = "A list of all types supported by this server.",
                Resolve = Read<GraphQLSchema>(schema => schema.TypeMap.Values.ToArray()),
            },
            new GraphQLField("queryType", new GraphQLNonNull(TypeType!))
            {
                Description = "The type that query operations will be rooted at.",
                Resolve = Read<GraphQLSchema>(schema => schema.QueryType),
            },
            new GraphQLField("mutationType", TypeType!)
            {
                Description = "If this server supports mutation, the type that mutation operations will be rooted at.",
                Resolve = Read<GraphQLSchema>(schema => schema.MutationType),
            },
            new GraphQLField("subscriptionType", TypeType!)
            {
                Description = "If this server support subscription, the type that subscription operations will be rooted at.",
                Resolve = Read<GraphQLSchema>(schema => schema.SubscriptionType),
            },
            new GraphQLField("directives", NonNullListOfNonNull(DirectiveType!))
            {
                Description = "A list of all directives supported by this server.",
                Arguments = [new GraphQLArgument("includeDeprecated", new GraphQLNonNull(Scalars.Boolean)) { DefaultValue = false }],
                Resolve = ReadWithDeprecated<GraphQLSchema>((schema, all) =>
                    all ? schema.Directives : schema.Directives.Where(directive => directive.DeprecationReason is null).ToArray()),
            },
        ])
    {
        Description = "A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available types and directives on the server, as well as the entry points for query, mutation, and subscription operations.",
    };

    public static readonly GraphQLObjectType DirectiveType = new(
        "__Directive",
        () =>
        [
            new GraphQLField("name", new GraphQLNonNull(Scalars.String)) { Resolve = Read<GraphQLDirective>(directive => directive.Name) },
            new GraphQLField("description", Scalars.String) { Resolve = Read<GraphQLDirective>(directive => directive.Description) },
            new GraphQLField("isRepeatable", new GraphQLNonNull(Scalars.Boolean)) { Resolve = Read<GraphQLDirective>(directive => Box(directive.IsRepeatable)) },
            new GraphQLField("locations", NonNullListOfNonNull(DirectiveLocationType!)) { Resolve = Read<GraphQLDirective>(directive => directive.Locations) },
            new GraphQLField("args", NonNullListOfNonNull(InputValueType!))
            {
                Arguments = [IncludeDeprecatedArgument()],
                Resolve = ReadWithDeprecated<GraphQLDirective>((directive, all) => WithoutDeprecated(directive.Arguments, all)),
            },
            new GraphQLField("isDeprecated", new GraphQLNonNull(Scalars.Boolean)) { Resolve = Read<GraphQLDirective>(directive => Box(directive.IsDeprecated)) },
            new GraphQLField("deprecationReason", Scalars.String) { Resolve = Read<GraphQLDirective>(directive => directive.DeprecationReason) },
        ])
    {
        Description = "A Directive provides a way to describe alternate runtime execution and type validation behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally including or skipping a field. Directives provide this by describing additional information to the executor.",
    };

    public static readonly GraphQLEnumType DirectiveLocationType = new(
        "__DirectiveLocation",
        [
            LocationValue(DirectiveLocation.Query, "Location adjacent to a query operation."),
            LocationValue(DirectiveLocation.Mutation, "Location adjacent to a mutation operation."),
            LocationValue(DirectiveLocation.Subscription, "Location adjacent to a subscription operation."),
            LocationValue(DirectiveLocation.Field, "Location adjacent to a field."),
            LocationValue(DirectiveLocation.FragmentDefinition, "Location adjacent to a fragment definition."),
            LocationValue(DirectiveLocation.FragmentSpread, "Location adjacent to a fragment spread."),
            LocationValue(DirectiveLocation.InlineFragment, "Location adjacent to an inline fragment."),
            LocationValue(DirectiveLocation.VariableDefinition, "Location adjacent to a variable definition."),
            LocationValue(DirectiveLocation.Schema, "Location adjacent to a schema definition."),
            LocationValue(DirectiveLocation.Scalar, "Location adjacent to a scalar definition."),
            LocationValue(DirectiveLocation.Object, "Location adjacent to an object type definition."),
            LocationValue(DirectiveLocation.FieldDefinition, "Location adjacent to a field definition."),
            LocationValue(DirectiveLocation.ArgumentDefinition, "Location adjacent to an argument definition."),
            LocationValue(DirectiveLocation.Interface, "Location adjacent to an interface definition."),
            LocationValue(DirectiveLocation.Union, "Location adjacent to a union definition."),
            LocationValue(DirectiveLocation.Enum, "Location adjacent to an enum definition."),
            LocationValue(DirectiveLocation.EnumValue, "Location adjacent to an enum value definition."),
            LocationValue(DirectiveLocation.InputObject, "Location adjacent to an input object type definition."),
            LocationValue(DirectiveLocation.InputFieldDefinition, "Location adjacent to an input object field definition."),
            LocationValue(DirectiveLocation.DirectiveDefinition, "Location adjacent to a directive definition."),
        ])
    {
        Description = "A Directive can be adjacent to many parts of the GraphQL language, a __DirectiveLocation describes one such possible adjacencies.",
    };

    public static readonly GraphQLObjectType TypeType = new(
        "__Type",
        () =>
        [
            new GraphQLField("kind", new GraphQLNonNull(TypeKindType!)) { Resolve = Read<GraphQLType>(type => KindBoxes[(int)type.Kind]) },
            new GraphQLField("name", Scalars.String) { Resolve = Read<GraphQLType>(type => (type as GraphQLNamedType)?.Name) },
            new GraphQLField("description", Scalars.String) { Resolve = Read<GraphQLType>(type => (type as GraphQLNamedType)?.Description) },
            new GraphQLField("specifiedByURL", Scalars.String) { Resolve = Read<GraphQLType>(type => (type as GraphQLScalarType)?.SpecifiedByUrl) },
            new GraphQLField("fields", new GraphQLList(new GraphQLNonNull(FieldType!)))
            {
                Arguments = [IncludeDeprecatedArgument()],
                Resolve = ReadWithDeprecated<GraphQLType>((type, all) =>
                    type is GraphQLImplementingType implementing ? WithoutDeprecated(implementing.FieldList, all) : null),
            },
            new GraphQLField("interfaces", new GraphQLList(new GraphQLNonNull(TypeType!)))
            {
                Resolve = Read<GraphQLType>(type => (type as GraphQLImplementingType)?.Interfaces),
            },
            new GraphQLField("possibleTypes", new GraphQLList(new GraphQLNonNull(TypeType!)))
            {
                Resolve = context => new ValueTask<object?>(
                    context.Source is IGraphQLAbstractType abstractType ? context.Schema.GetPossibleTypes(abstractType) : null),
            },
            new GraphQLField("enumValues", new GraphQLList(new GraphQLNonNull(EnumValueType!)))
            {
                Arguments = [IncludeDeprecatedArgument()],
                Resolve = ReadWithDeprecated<GraphQLType>((type, all) =>
                    type is GraphQLEnumType enumType ? WithoutDeprecated(enumType.Values, all) : null),
            },
            new GraphQLField("inputFields", new GraphQLList(new GraphQLNonNull(InputValueType!)))
            {
                Arguments = [IncludeDeprecatedArgument()],
                Resolve = ReadWithDeprecated<GraphQLType>((type, all) =>
                    type is GraphQLInputObjectType inputObject ? WithoutDeprecated(inputObject.FieldList, all) : null),
            },
            new GraphQLField("ofType", TypeType!)
            {
                Resolve = Read<GraphQLType>(type => type switch
                {
                    GraphQLList list => list.OfType,
                    GraphQLNonNull nonNull => nonNull.OfType,
                    _ => null,
                }),
            },
            new GraphQLField("isOneOf", Scalars.Boolean) { Resolve = Read<GraphQLType>(type => (type as GraphQLInputObjectType)?.IsOneOf) },
        ])
    {
        Description = "The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain fields describe information about that type. Scalar types provide no information beyond a name, description and optional `specifiedByURL`, while Enum types provide their values. Object and Interface types provide the fields they describe. Abstract types, Union and Interface, provide the Object types possible at runtime. List and NonNull types compose other types.",
    };

    public static readonly GraphQLObjectType FieldType = new(
        "__Field",
        () =>
        [
            new GraphQLField("name", new GraphQLNonNull(Scalars.String)) { Resolve = Read<GraphQLField>(field => field.Name) },
            new GraphQLField("description", Scalars.String) { Resolve = Read<GraphQLField>(field => field.Description) },
            new GraphQLField("args", NonNullListOfNonNull(InputValueType!))
            {
                Arguments = [IncludeDeprecatedArgument()],
                Resolve = ReadWithDeprecated<GraphQLField>((field, all) => WithoutDeprecated(field.Arguments, all)),
            },
            new GraphQLField("type", new GraphQLNonNull(TypeType)) { Resolve = Read<GraphQLField>(field => field.Type) },
            new GraphQLField("isDeprecated", new GraphQLNonNull(Scalars.Boolean)) { Resolve = Read<GraphQLField>(field => Box(field.IsDeprecated)) },
            new GraphQLField("deprecationReason", Scalars.String) { Resolve = Read<GraphQLField>(field => field.DeprecationReason) },
        ])
    {
        Description = "Object and Interface types are described by a list of Fields, each of which has a name, potentially a list of arguments, and a return type.",
    };

    public static readonly GraphQLObjectType InputValueType = new(
        "__InputValue",
        () =>
        [
            new GraphQLField("name", new GraphQLNonNull(Scalars.String)) { Resolve = Read<GraphQLInputValue>(value => value.Name) },
            new GraphQLField("description", Scalars.String) { Resolve = Read<GraphQLInputValue>(value => value.Description) },
            new GraphQLField("type", new GraphQLNonNull(TypeType)) { Resolve = Read<GraphQLInputValue>(value => value.Type) },
            new GraphQLField("defaultValue", Scalars.String)
            {
                Description = "A GraphQL-formatted string representing the default value for this input value.",
                Resolve = Read<GraphQLInputValue>(PrintDefaultValue),
            },
            new GraphQLField("isDeprecated", new GraphQLNonNull(Scalars.Boolean)) { Resolve = Read<GraphQLInputValue>(value => Box(value.IsDeprecated)) },
            new GraphQLField("deprecationReason", Scalars.String) { Resolve = Read<GraphQLInputValue>(value => value.DeprecationReason) },
        ])
    {
        Description = "Arguments provided to Fields or Directives and the input fields of an InputObject are represented as Input Values which describe their type and optionally a default value.",
    };

    public static readonly GraphQLObjectType EnumValueType = new(
        "__EnumValue",
        () =>
        [
            new GraphQLField("name", new GraphQLNonNull(Scalars.String)) { Resolve = Read<GraphQLEnumValue>(value => value.Name) },
            new GraphQLField("description", Scalars.String) { Resolve = Read<GraphQLEnumValue>(value => value.Description) },
            new GraphQLField("isDeprecated", new GraphQLNonNull(Scalars.Boolean)) { Resolve = Read<GraphQLEnumValue>(value => Box(value.IsDeprecated)) },
            new GraphQLField("deprecationReason", Scalars.String) { Resolve = Read<GraphQLEnumValue>(value => value.DeprecationReason) },
        ])
    {
        Description = "One possible value for a given Enum. Enum values are unique values, not a placeholder for a string or numeric value. However an Enum value is returned in a JSON response as a string.",
    };

    public static readonly GraphQLEnumType TypeKindType = new(
        "__TypeKind",
        [
            KindValue(TypeKind.Scalar, "SCALAR", "Indicates this type is a scalar."),
            KindValue(TypeKind.Object, "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields."),
            KindValue(TypeKind.Interface, "INTERFACE", "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields."),
            KindValue(TypeKind.Union, "UNION", "Indicates this type is a union. `possibleTypes` is a valid field."),
            KindValue(TypeKind.Enum, "ENUM", "Indicates this type is an enum. `enumValues` is a valid field."),
            KindValue(TypeKind.InputObject, "INPUT_OBJECT", "Indicates this type is an input object. `inputFields` is a valid field."),
            KindValue(TypeKind.List, "LIST", "Indicates this type is a list. `ofType` is a valid field."),
            KindValue(TypeKind.NonNull, "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field."),
        ])
    {
        Description = "An enum describing what kind of type a given `__Type` is.",
    };

    /// <summary>https://spec.graphql.org/October2021/#sec-Schema-Introspection — <c>__schema</c>, on the query root only.</summary>
    public static readonly GraphQLField SchemaMetaField = new("__schema", new GraphQLNonNull(SchemaType))
    {
        Description = "Access the current type schema of this server.",
        Resolve = context => new ValueTask<object?>(context.Schema),
    };

    /// <summary><c>__type(name:)</c>, on the query root only.</summary>
    public static readonly GraphQLField TypeMetaField = new("__type", TypeType)
    {
        Description = "Request the type information of a single type.",
        Arguments = [new GraphQLArgument("name", new GraphQLNonNull(Scalars.String))],
        Resolve = context => new ValueTask<object?>(context.Schema.GetType((string)context.Arguments["name"]!)),
    };

    /// <summary>https://spec.graphql.org/October2021/#sec-Type-Name-Introspection — <c>__typename</c>, on every object, interface and union.</summary>
    public static readonly GraphQLField TypeNameMetaField = new("__typename", new GraphQLNonNull(Scalars.String))
    {
        Description = "The name of the current Object type at runtime.",
        Resolve = context => new ValueTask<object?>(context.ParentType.Name),
    };

    /// <summary>The introspection types in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLNamedType> Types { get; } =
        [SchemaType, DirectiveType, DirectiveLocationType, TypeType, FieldType, InputValueType, EnumValueType, TypeKindType];

    public static bool IsIntrospectionType(GraphQLNamedType type) => type.Name is
        "__Schema" or "__Directive" or "__DirectiveLocation" or "__Type" or "__Field" or "__InputValue" or "__EnumValue" or "__TypeKind";

    private static object Box(bool value) => value ? True : False;

    private static GraphQLNonNull NonNullListOfNonNull(GraphQLType type) => new(new GraphQLList(new GraphQLNonNull(type)));

    private static GraphQLArgument IncludeDeprecatedArgument() => new("includeDeprecated", Scalars.Boolean) { DefaultValue = false };

    private static GraphQLEnumValue LocationValue(DirectiveLocation location, string description) =>
        new(location.ToSpecName()) { Value = location, Description = description };

    private static GraphQLEnumValue KindValue(TypeKind kind, string name, string description) =>
        new(name) { Value = kind, Description = description };

    private static FieldResolver Read<TSource>(Func<TSource, object?> read) =>
        context => new ValueTask<object?>(read((TSource)context.Source!));

    private static FieldResolver ReadWithDeprecated<TSource>(Func<TSource, bool, object?> read) =>
        context => new ValueTask<object?>(read((TSource)context.Source!, context.Arguments.TryGetValue("includeDeprecated", out var all) && all is true));

    private static IReadOnlyList<T> WithoutDeprecated<T>(IReadOnlyList<T> items, bool includeDeprecated)
    {
        if (includeDeprecated)
        {
            return items;
        }

        var kept = new List<T>(items.Count);
        foreach (var item in items)
        {
            var deprecated = item switch
            {
                GraphQLField field => field.IsDeprecated,
                GraphQLInputValue inputValue => inputValue.IsDeprecated,
                GraphQLEnumValue enumValue => enumValue.IsDeprecated,
                _ => false,
            };
            if (!deprecated)
            {
                kept.Add(item);
            }
        }

        return kept;
    }

    private static string? PrintDefaultValue(GraphQLInputValue inputValue)
    {
        if (!inputValue.HasDefaultValue)
        {
            return null;
        }

        var literal = AstFromValue.Convert(inputValue.DefaultValue, inputValue.Type);
        return literal is null ? null : Printer.Print(literal);
    }
}
