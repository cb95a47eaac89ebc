using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Validation;

namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// Builds a schema from SDL as graphql-js's <c>buildASTSchema</c> does (extensions in the same
/// document applied, types in document order, root types from the <c>schema</c> definition or the
/// default names Query/Mutation/Subscription), then binds the host's C# behaviour: field resolvers,
/// abstract-type resolution, scalar implementations and enum internal values. Every type, field,
/// argument, enum value and directive keeps its SDL node, so other layers can read the directives
/// written on them.
/// </summary>
/// <example>
/// <code>
/// var schema = SchemaBuilder.FromSdl("type Query { hello(name: String): String }")
///     .Resolve("Query", "hello", context => "Hello " + context.GetArgument&lt;string&gt;("name"))
///     .Build();
/// </code>
/// </example>
public sealed partial class SchemaBuilder
{
    private readonly DocumentNode _document;
    private readonly Dictionary<(string Type, string Field), FieldResolver> _resolvers = [];
    private readonly Dictionary<string, TypeResolver> _typeResolvers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IsTypeOf> _isTypeOf = new(StringComparer.Ordinal);
    private readonly Dictionary<string, GraphQLScalarType> _scalars = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyDictionary<string, object?>> _enumValues = new(StringComparer.Ordinal);
    private FieldResolver? _defaultResolver;
    private bool _assumeValid;
    private bool _assumeValidSdl;

    private SchemaBuilder(DocumentNode document)
    {
        _document = document;
        foreach (var scalar in new[] { Scalars.Long, Scalars.Date, Scalars.Json })
        {
            _scalars[scalar.Name] = scalar;
        }
    }

    /// <summary>A builder for the SDL text <paramref name="sdl"/>.</summary>
    /// <exception cref="Errors.GraphQLSyntaxException">The text is not valid GraphQL.</exception>
    public static SchemaBuilder FromSdl(string sdl)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return new SchemaBuilder(Parser.Parse(sdl));
    }

    /// <summary>graphql-js's <c>buildSchema</c>: the schema of an SDL text, with no C# bindings.</summary>
    public static GraphQLSchema BuildSchema(string sdl) => FromSdl(sdl).Build();

    /// <summary>A builder for the type-system definitions (and extensions) in <paramref name="document"/>.</summary>
    public static SchemaBuilder FromDocument(DocumentNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new SchemaBuilder(document);
    }

    /// <summary>Binds the resolver of <paramref name="typeName"/>.<paramref name="fieldName"/>.</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _resolvers[(typeName, fieldName)] = resolver;
        return this;
    }

    /// <summary>Binds a synchronous resolver; its value is used as is (return a <see cref="FieldResolver"/> for asynchronous work).</summary>
    public SchemaBuilder Resolve(string typeName, string fieldName, Func<ResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        return Resolve(typeName, fieldName, context =>
        {
            var value = resolver(context);
            if (value is Task)
            {
                throw new InvalidOperationException(
                    $"The resolver of {typeName}.{fieldName} returned a Task; bind asynchronous resolvers as a FieldResolver (an async lambda returning ValueTask<object?>).");
            }

            return new ValueTask<object?>(value);
        });
    }

    /// <summary>Binds how the object type of a value of interface or union <paramref name="abstractTypeName"/> is found.</summary>
    public SchemaBuilder ResolveType(string abstractTypeName, TypeResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _typeResolvers[abstractTypeName] = resolver;
        return this;
    }

    /// <summary>Binds the test that tells values of object type <paramref name="objectTypeName"/> apart.</summary>
    public SchemaBuilder IsTypeOf(string objectTypeName, IsTypeOf predicate)
    {
        ArgumentNullException.ThrowIfNull(predicate);
        _isTypeOf[objectTypeName] = predicate;
        return this;
    }

    /// <summary>
    /// Gives the SDL scalar of the same name this implementation's coercions (its description and
    /// <c>@specifiedBy</c> URL stay those written in the SDL). <see cref="Scalars.Long"/>,
    /// <see cref="Scalars.Date"/> and <see cref="Scalars.Json"/> are bound already; other unbound
    /// scalars pass values through unchanged, as graphql-js's do.
    /// </summary>
    public SchemaBuilder BindScalar(GraphQLScalarType implementation)
    {
        ArgumentNullException.ThrowIfNull(implementation);
        _scalars[implementation.Name] = implementation;
        return this;
    }

    /// <summary>Sets the internal values of an enum's values (by value name); unlisted values keep their name as internal value.</summary>
    public SchemaBuilder BindEnumValues(string enumName, IReadOnlyDictionary<string, object?> internalValues)
    {
        ArgumentNullException.ThrowIfNull(internalValues);
        _enumValues[enumName] = internalValues;
        return this;
    }

    /// <summary>The resolver of every field that has no resolver bound (otherwise the executor's default applies).</summary>
    public SchemaBuilder DefaultResolver(FieldResolver resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        _defaultResolver = resolver;
        return this;
    }

    /// <summary>Skips schema validation after building (graphql-js's <c>assumeValid</c>), for SDL known to be valid.</summary>
    public SchemaBuilder AssumeValid()
    {
        _assumeValid = true;
        return this;
    }

    /// <summary>Skips the SDL validation rules before building (graphql-js's <c>assumeValidSDL</c>).</summary>
    public SchemaBuilder AssumeValidSdl()
    {
        _assumeValidSdl = true;
        return this;
    }

    /// <summary>
    /// Validates the SDL (graphql-js's <c>assertValidSDL</c>), builds the schema and validates it.
    /// </summary>
    /// <exception cref="InvalidSdlException">The SDL breaks an SDL validation rule.</exception>
    /// <exception cref="SchemaBuildException">A binding names no such type or field (or, with SDL validation skipped, the SDL refers to an unknown type).</exception>
    /// <exception cref="InvalidSchemaException">The schema breaks a rule of the type system.</exception>
    public GraphQLSchema Build()
    {
        if (!_assumeValidSdl)
        {
            var sdlErrors = Validator.ValidateSdl(_document);
            if (sdlErrors.Count > 0)
            {
                throw new InvalidSdlException(sdlErrors);
            }
        }

        var schema = new SdlSchemaFactory(this).Create();
        if (!_assumeValid)
        {
            SchemaValidator.AssertValid(schema);
        }

        return schema;
    }
}
