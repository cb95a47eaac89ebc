using DiplomacyGraph.GraphQL.Language;

namespace DiplomacyGraph.GraphQL.Types;

/// <summary>The directives every schema has (https://spec.graphql.org/October2021/#sec-Type-System.Directives.Built-in-Directives), with graphql-js's descriptions.</summary>
public sealed partial class GraphQLDirective
{
    /// <summary>The reason <c>@deprecated</c> gives when none is written.</summary>
    public const string DefaultDeprecationReason = "No longer supported";

    /// <summary>https://spec.graphql.org/October2021/#sec--include</summary>
    public static readonly GraphQLDirective Include = new(
        "include",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to include this field or fragment only when the `if` argument is true.",
        Arguments = [new GraphQLArgument("if", new GraphQLNonNull(Scalars.Boolean)) { Description = "Included when true." }],
    };

    /// <summary>https://spec.graphql.org/October2021/#sec--skip</summary>
    public static readonly GraphQLDirective Skip = new(
        "skip",
        [DirectiveLocation.Field, DirectiveLocation.FragmentSpread, DirectiveLocation.InlineFragment])
    {
        Description = "Directs the executor to skip this field or fragment when the `if` argument is true.",
        Arguments = [new GraphQLArgument("if", new GraphQLNonNull(Scalars.Boolean)) { Description = "Skipped when true." }],
    };

    /// <summary>https://spec.graphql.org/October2021/#sec--deprecated</summary>
    public static readonly GraphQLDirective Deprecated = new(
        "deprecated",
        [
            DirectiveLocation.FieldDefinition,
            DirectiveLocation.ArgumentDefinition,
            DirectiveLocation.InputFieldDefinition,
            DirectiveLocation.EnumValue,
            DirectiveLocation.DirectiveDefinition,
        ])
    {
        Description = "Marks an element of a GraphQL schema as no longer supported.",
        Arguments =
        [
            new GraphQLArgument("reason", Scalars.String)
            {
                Description = "Explains why this element was deprecated, usually also including a suggestion for how to access supported similar data. Formatted using the Markdown syntax, as specified by [CommonMark](https://commonmark.org/).",
                DefaultValue = DefaultDeprecationReason,
            },
        ],
    };

    /// <summary>https://spec.graphql.org/October2021/#sec--specifiedBy</summary>
    public static readonly GraphQLDirective SpecifiedBy = new("specifiedBy", [DirectiveLocation.Scalar])
    {
        Description = "Exposes a URL that specifies the behavior of this scalar.",
        Arguments =
        [
            new GraphQLArgument("url", new GraphQLNonNull(Scalars.String))
            {
                Description = "The URL that specifies the behavior of this scalar.",
            },
        ],
    };

    /// <summary>OneOf input objects (graphql-js v16, https://github.com/graphql/graphql-spec/pull/825).</summary>
    public static readonly GraphQLDirective OneOf = new("oneOf", [DirectiveLocation.InputObject])
    {
        Description = "Indicates exactly one field must be supplied and this field must not be `null`.",
    };

    /// <summary>The specified directives in graphql-js's order.</summary>
    public static IReadOnlyList<GraphQLDirective> Specified { get; } = [Include, Skip, Deprecated, SpecifiedBy, OneOf];

    public static bool IsSpecified(GraphQLDirective directive)
    {
        foreach (var specified in Specified)
        {
            if (specified.Name == directive.Name)
            {
                return true;
            }
        }

        return false;
    }
}
