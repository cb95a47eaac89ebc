using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// Everything a resolver may know about the field it resolves — graphql-js's <c>source</c>,
/// <c>args</c>, <c>contextValue</c> and <c>GraphQLResolveInfo</c> in one object: the parent value,
/// the coerced arguments, the user context, the field's syntax nodes, types and path, the schema,
/// the document's fragments, the operation and its coerced variables. A resolver that plans the
/// whole selection below it (e.g. one database query per root field) reads
/// <see cref="CollectSubfields"/>.
/// </summary>
public sealed class ResolveFieldContext
{
    private readonly ExecutionContext _execution;

    internal ResolveFieldContext(
        ExecutionContext execution,
        object? source,
        IReadOnlyDictionary<string, object?> arguments,
        GraphQLField fieldDefinition,
        IReadOnlyList<FieldNode> fieldNodes,
        GraphQLObjectType parentType,
        ResponsePath path)
    {
        _execution = execution;
        Source = source;
        Arguments = arguments;
        FieldDefinition = fieldDefinition;
        FieldNodes = fieldNodes;
        ParentType = parentType;
        Path = path;
    }

    /// <summary>The parent object's value (the root value for root fields).</summary>
    public object? Source { get; }

    /// <summary>The field's arguments, coerced to their internal values, defaults applied; an argument not given and without default is absent.</summary>
    public IReadOnlyDictionary<string, object?> Arguments { get; }

    /// <summary>The host's per-request object (graphql-js's <c>contextValue</c>).</summary>
    public object? UserContext => _execution.UserContext;

    public string FieldName => FieldDefinition.Name;

    public GraphQLField FieldDefinition { get; }

    /// <summary>Every field node merged into this response key (same name and arguments, possibly from several fragments).</summary>
    public IReadOnlyList<FieldNode> FieldNodes { get; }

    public GraphQLType ReturnType => FieldDefinition.Type;

    public GraphQLObjectType ParentType { get; }

    public ResponsePath Path { get; }

    public GraphQLSchema Schema => _execution.Schema;

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments => _execution.Fragments;

    public object? RootValue => _execution.RootValue;

    public OperationDefinitionNode Operation => _execution.Operation;

    /// <summary>The operation's variables, coerced to their internal values.</summary>
    public IReadOnlyDictionary<string, object?> VariableValues => _execution.VariableValues;

    /// <summary>Cancelled when the request is abandoned or its time budget runs out.</summary>
    public CancellationToken CancellationToken => _execution.CancellationToken;

    /// <summary>
    /// The argument's value, or <paramref name="fallback"/> when it was not given (and has no default)
    /// or is null. Numbers convert between CLR kinds (an <c>Int</c> argument read as <see cref="long"/>).
    /// </summary>
    /// <exception cref="InvalidCastException">The value is of another kind and cannot be converted to <typeparamref name="T"/>.</exception>
    public T? GetArgument<T>(string name, T? fallback = default)
    {
        if (!Arguments.TryGetValue(name, out var value) || value is null)
        {
            return fallback;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        return (T)Convert.ChangeType(value, target, System.Globalization.CultureInfo.InvariantCulture);
    }

    public bool HasArgument(string name) => Arguments.ContainsKey(name);

    /// <summary>
    /// The fields selected below this field for one concrete object type, grouped by response key in
    /// order, with fragments expanded and <c>@skip</c>/<c>@include</c> applied
    /// (https://spec.graphql.org/October2021/#CollectFields()). For an abstract return type pass the
    /// object type to collect for; for an object (or list of objects) return type it may be omitted.
    /// </summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FieldNode>> CollectSubfields(GraphQLObjectType? objectType = null)
    {
        var target = objectType ?? ReturnType.GetNamedType() as GraphQLObjectType
            ?? throw new InvalidOperationException(
                $"Field {ParentType.Name}.{FieldName} returns the abstract type {ReturnType.GetNamedType().Name}; pass the object type to collect subfields for.");
        return _execution.CollectSubfields(target, FieldNodes);
    }

    public override string ToString() => ParentType.Name + "." + FieldName + " at " + Path;
}
