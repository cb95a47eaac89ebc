using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// The state one operation's execution shares (https://spec.graphql.org/October2021/#sec-Executing-Requests):
/// schema, fragments, coerced variables, root and user values, the resolvers to fall back on,
/// and the field errors gathered so far. Field errors may be added from resolvers running in parallel.
/// </summary>
internal sealed class ExecutionContext
{
    private readonly List<GraphQLError> _errors = [];
    private readonly HashSet<ResponsePath> _nulledPositions = new(ReferenceEqualityComparer.Instance);
    private bool _rootNulled;
    private Dictionary<SubfieldsKey, OrderedDictionary<string, IReadOnlyList<FieldNode>>>? _subfields;

    public ExecutionContext(
        GraphQLSchema schema,
        IReadOnlyDictionary<string, FragmentDefinitionNode> fragments,
        OperationDefinitionNode operation,
        IReadOnlyDictionary<string, object?> variableValues,
        object? rootValue,
        object? userContext,
        FieldResolver defaultFieldResolver,
        TypeResolver defaultTypeResolver,
        CancellationToken cancellationToken)
    {
        Schema = schema;
        Fragments = fragments;
        Operation = operation;
        VariableValues = variableValues;
        RootValue = rootValue;
        UserContext = userContext;
        DefaultFieldResolver = defaultFieldResolver;
        DefaultTypeResolver = defaultTypeResolver;
        CancellationToken = cancellationToken;
    }

    public GraphQLSchema Schema { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public OperationDefinitionNode Operation { get; }

    public IReadOnlyDictionary<string, object?> VariableValues { get; }

    public object? RootValue { get; }

    public object? UserContext { get; }

    public FieldResolver DefaultFieldResolver { get; }

    public TypeResolver DefaultTypeResolver { get; }

    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Records a field error at the position that became null. An error below a position already
    /// nulled is dropped — its value is gone — as graphql-js 16 does for fields still running when
    /// a sibling's error nulled their parent.
    /// </summary>
    public void AddError(GraphQLError error, ResponsePath? nulledPosition)
    {
        lock (_errors)
        {
            for (var position = nulledPosition; position is not null; position = position.Previous)
            {
                if (_nulledPositions.Contains(position))
                {
                    return;
                }
            }

            if (_rootNulled)
            {
                return;
            }

            if (nulledPosition is null)
            {
                _rootNulled = true;
            }
            else
            {
                _nulledPositions.Add(nulledPosition);
            }

            _errors.Add(error);
        }
    }

    public IReadOnlyList<GraphQLError> GetErrors()
    {
        lock (_errors)
        {
            return _errors.ToArray();
        }
    }

    /// <summary>
    /// The subfields of a field for one object type, computed once per (type, field nodes): every
    /// item of a list of objects shares them (graphql-js memoizes the same way).
    /// </summary>
    public OrderedDictionary<string, IReadOnlyList<FieldNode>> CollectSubfields(GraphQLObjectType objectType, IReadOnlyList<FieldNode> fieldNodes)
    {
        var key = new SubfieldsKey(objectType, fieldNodes);
        lock (_errors)
        {
            if (_subfields is not null && _subfields.TryGetValue(key, out var cached))
            {
                return cached;
            }
        }

        var collected = FieldCollector.CollectOrderedSubfields(Schema, Fragments, VariableValues, objectType, fieldNodes);
        lock (_errors)
        {
            (_subfields ??= [])[key] = collected;
        }

        return collected;
    }

    private readonly struct SubfieldsKey(GraphQLObjectType type, IReadOnlyList<FieldNode> fieldNodes) : IEquatable<SubfieldsKey>
    {
        private readonly GraphQLObjectType _type = type;
        private readonly IReadOnlyList<FieldNode> _fieldNodes = fieldNodes;

        public bool Equals(SubfieldsKey other) => ReferenceEquals(_type, other._type) && ReferenceEquals(_fieldNodes, other._fieldNodes);

        public override bool Equals(object? obj) => obj is SubfieldsKey other && Equals(other);

        public override int GetHashCode() => HashCode.Combine(
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_type),
            System.Runtime.CompilerServices.RuntimeHelpers.GetHashCode(_fieldNodes));
    }
}
