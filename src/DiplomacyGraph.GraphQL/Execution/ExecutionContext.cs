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

    public void AddError(GraphQLError error)
    {
        lock (_errors)
        {
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

    public IReadOnlyDictionary<string, IReadOnlyList<FieldNode>> CollectSubfields(GraphQLObjectType objectType, IReadOnlyList<FieldNode> fieldNodes) =>
        FieldCollector.CollectSubfields(Schema, Fragments, VariableValues, objectType, fieldNodes);
}
