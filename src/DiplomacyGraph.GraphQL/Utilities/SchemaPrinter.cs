using System.Text;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// A schema written as SDL, byte for byte as graphql-js's <c>printSchema</c> writes it: the schema
/// definition only when it has a description or roots with other than the default names, then the
/// non-specified directives, then the types in type-map order (specified scalars and introspection
/// types left out); descriptions as block strings where they can be, <c>@deprecated</c> reasons,
/// <c>@specifiedBy</c> URLs, <c>repeatable</c>, <c>@oneOf</c>, default values.
/// </summary>
public static class SchemaPrinter
{
    public static string Print(GraphQLSchema schema) =>
        PrintFiltered(schema, directive => !GraphQLDirective.IsSpecified(directive), IsDefinedType);

    /// <summary>graphql-js's <c>printIntrospectionSchema</c>: the specified directives and the introspection types.</summary>
    public static string PrintIntrospectionSchema(GraphQLSchema schema) =>
        PrintFiltered(schema, GraphQLDirective.IsSpecified, Introspection.IsIntrospectionType);

    /// <summary>One type as SDL.</summary>
    public static string PrintType(GraphQLNamedType type) => type switch
    {
        GraphQLScalarType scalar => Description(scalar.Description) + "scalar " + scalar.Name + SpecifiedByUrl(scalar),
        GraphQLObjectType objectType => Description(objectType.Description) + "type " + objectType.Name + ImplementedInterfaces(objectType) + Fields(objectType),
        GraphQLInterfaceType interfaceType => Description(interfaceType.Description) + "interface " + interfaceType.Name + ImplementedInterfaces(interfaceType) + Fields(interfaceType),
        GraphQLUnionType union => Description(union.Description) + "union " + union.Name + (union.Types.Count > 0 ? " = " + string.Join(" | ", union.Types.Select(t => t.Name)) : string.Empty),
        GraphQLEnumType enumType => Description(enumType.Description) + "enum " + enumType.Name + EnumValues(enumType),
        GraphQLInputObjectType inputObject => Description(inputObject.Description) + "input " + inputObject.Name + (inputObject.IsOneOf ? " @oneOf" : string.Empty) + InputFields(inputObject),
        _ => throw new ArgumentException("Unexpected type: " + type, nameof(type)),
    };

    /// <summary>One directive definition as SDL.</summary>
    public static string PrintDirective(GraphQLDirective directive) =>
        Description(directive.Description) +
        "directive @" + directive.Name +
        Arguments(directive.Arguments, string.Empty) +
        Deprecated(directive.DeprecationReason) +
        (directive.IsRepeatable ? " repeatable" : string.Empty) +
        " on " + string.Join(" | ", directive.Locations.Select(location => location.ToSpecName()));

    private static bool IsDefinedType(GraphQLNamedType type) => !Scalars.IsSpecified(type) && !Introspection.IsIntrospectionType(type);

    private static string PrintFiltered(GraphQLSchema schema, Func<GraphQLDirective, bool> directiveFilter, Func<GraphQLNamedType, bool> typeFilter)
    {
        var parts = new List<string>();
        if (SchemaDefinition(schema) is { } definition)
        {
            parts.Add(definition);
        }

        foreach (var directive in schema.Directives)
        {
            if (directiveFilter(directive))
            {
                parts.Add(PrintDirective(directive));
            }
        }

        foreach (var type in schema.TypeMap.Values)
        {
            if (typeFilter(type))
            {
                parts.Add(PrintType(type));
            }
        }

        return string.Join("\n\n", parts);
    }

    private static string? SchemaDefinition(GraphQLSchema schema)
    {
        if (schema.Description is null && HasCommonRootNames(schema))
        {
            return null;
        }

        var operationTypes = new List<string>();
        if (schema.QueryType is { } query)
        {
            operationTypes.Add("  query: " + query.Name);
        }

        if (schema.MutationType is { } mutation)
        {
            operationTypes.Add("  mutation: " + mutation.Name);
        }

        if (schema.SubscriptionType is { } subscription)
        {
            operationTypes.Add("  subscription: " + subscription.Name);
        }

        return Description(schema.Description) + "schema {\n" + string.Join("\n", operationTypes) + "\n}";
    }

    private static bool HasCommonRootNames(GraphQLSchema schema) =>
        schema.QueryType is null or { Name: "Query" } &&
        schema.MutationType is null or { Name: "Mutation" } &&
        schema.SubscriptionType is null or { Name: "Subscription" };

    private static string ImplementedInterfaces(GraphQLImplementingType type) =>
        type.Interfaces.Count > 0 ? " implements " + string.Join(" & ", type.Interfaces.Select(i => i.Name)) : string.Empty;

    private static string Fields(GraphQLImplementingType type)
    {
        var lines = new List<string>();
        var first = true;
        foreach (var field in type.Fields.Values)
        {
            lines.Add(Description(field.Description, "  ", first) + "  " + field.Name + Arguments(field.Arguments, "  ") + ": " + field.Type + Deprecated(field.DeprecationReason));
            first = false;
        }

        return Block(lines);
    }

    private static string EnumValues(GraphQLEnumType type)
    {
        var lines = new List<string>();
        for (var i = 0; i < type.Values.Count; i++)
        {
            var value = type.Values[i];
            lines.Add(Description(value.Description, "  ", i == 0) + "  " + value.Name + Deprecated(value.DeprecationReason));
        }

        return Block(lines);
    }

    private static string InputFields(GraphQLInputObjectType type)
    {
        var lines = new List<string>();
        var first = true;
        foreach (var field in type.Fields.Values)
        {
            lines.Add(Description(field.Description, "  ", first) + "  " + InputValue(field));
            first = false;
        }

        return Block(lines);
    }

    private static string Block(List<string> items) => items.Count != 0 ? " {\n" + string.Join("\n", items) + "\n}" : string.Empty;

    private static string Arguments(IReadOnlyList<GraphQLArgument> arguments, string indentation)
    {
        if (arguments.Count == 0)
        {
            return string.Empty;
        }

        // Without descriptions the arguments fit on one line.
        if (arguments.All(argument => string.IsNullOrEmpty(argument.Description)))
        {
            return "(" + string.Join(", ", arguments.Select(InputValue)) + ")";
        }

        var builder = new StringBuilder("(\n");
        for (var i = 0; i < arguments.Count; i++)
        {
            if (i > 0)
            {
                builder.Append('\n');
            }

            builder.Append(Description(arguments[i].Description, "  " + indentation, i == 0))
                .Append("  ").Append(indentation).Append(InputValue(arguments[i]));
        }

        return builder.Append('\n').Append(indentation).Append(')').ToString();
    }

    private static string InputValue(GraphQLInputValue value)
    {
        var declaration = value.Name + ": " + value.Type;
        if (value.HasDefaultValue && AstFromValue.Convert(value.DefaultValue, value.Type) is { } defaultLiteral)
        {
            declaration += " = " + Printer.Print(defaultLiteral);
        }

        return declaration + Deprecated(value.DeprecationReason);
    }

    private static string Deprecated(string? reason)
    {
        if (reason is null)
        {
            return string.Empty;
        }

        return reason != GraphQLDirective.DefaultDeprecationReason
            ? " @deprecated(reason: " + Printer.PrintString(reason) + ")"
            : " @deprecated";
    }

    private static string SpecifiedByUrl(GraphQLScalarType scalar) =>
        scalar.SpecifiedByUrl is null ? string.Empty : " @specifiedBy(url: " + Printer.PrintString(scalar.SpecifiedByUrl) + ")";

    private static string Description(string? description, string indentation = "", bool firstInBlock = true)
    {
        if (description is null)
        {
            return string.Empty;
        }

        var literal = BlockString.IsPrintable(description)
            ? BlockString.Print(description)
            : Printer.PrintString(description);
        var prefix = indentation.Length > 0 && !firstInBlock ? "\n" + indentation : indentation;
        return prefix + literal.Replace("\n", "\n" + indentation, StringComparison.Ordinal) + "\n";
    }
}
