using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;
using DiplomacyGraph.Neo4j;

namespace DiplomacyGraph.Cypher.Execution;

/// <summary>
/// The executable API: the published schema with its resolvers bound. Each root query field the
/// compiler knows runs as one Cypher statement and returns the whole shaped result; every field
/// below reads its entry by response key, cursors are encoded on the way out, and values of
/// interfaces and unions name their object type in <see cref="ResultKeys.TypeName"/>.
/// </summary>
public static class GraphApi
{
    /// <summary>The <c>extensions.code</c> of a field error for arguments the API cannot honour.</summary>
    public const string InvalidArgumentCode = "INVALID_ARGUMENT";

    /// <summary>The read statements that have proved short, of every API this process builds (keyed by compiled statement).</summary>
    private static readonly QuickStatements Quick = new();

    /// <param name="configure">Binds what the compiler does not: mutations and C# resolvers of domain fields.</param>
    /// <param name="reads">Bounds the read statements in flight, in a lane chosen by the request's cost (its user context's <see cref="IMeasuredRequest"/>); null: unbounded.</param>
    public static GraphQLSchema Build(CypherTranslator translator, Neo4jClient neo4j, Action<SchemaBuilder>? configure = null, ReadLanes? reads = null)
    {
        var api = translator.Api;
        var builder = SchemaBuilder.FromDocument(api.Document).DefaultResolver(FieldResolvers.ByResponseKey);
        var query = api.Model.GetType(api.Model.QueryTypeName);
        foreach (var field in query.Fields.Select(field => field.Name).Concat(api.RootConnections.Keys).Append(ApiSchema.NodeField).Append(ApiSchema.NodesField))
        {
            if (translator.CanTranslate(field))
            {
                builder.Resolve(query.Name, field, context => RunAsync(translator, neo4j, reads, context));
            }
        }

        foreach (var (type, field) in api.CursorFields)
        {
            builder.Resolve(type, field, EncodeCursor);
        }

        foreach (var type in api.Model.Types.Values.Where(type => type.IsAbstract))
        {
            builder.ResolveType(type.Name, (value, _, _) => FieldResolvers.Read(value, ResultKeys.TypeName) as string);
        }

        configure?.Invoke(builder);
        return builder.Build();
    }

    private static async ValueTask<object?> RunAsync(CypherTranslator translator, Neo4jClient neo4j, ReadLanes? reads, ResolveFieldContext context)
    {
        ServerDialect dialect;
        try
        {
            // Asked of the server once per client, then cached: the Cypher forms its version has.
            dialect = (await neo4j.GetServerInfoAsync(context.CancellationToken).ConfigureAwait(false)).Dialect;
        }
        catch (Neo4jException error)
        {
            throw GraphDatabaseErrors.ToGraphQLException(error);
        }

        CypherStatement statement;
        try
        {
            statement = translator.Translate(new RootFieldRequest(context.FieldName, context.FieldNodes, context.Fragments, context.VariableValues), dialect);
        }
        catch (ApiQueryException error)
        {
            throw new GraphQLException(error.Message, new Dictionary<string, object?> { ["code"] = InvalidArgumentCode }, innerException: error);
        }

        try
        {
            var run = () => RunReadAsync(neo4j, statement, context.CancellationToken);
            var lane = reads?.For((context.UserContext as IMeasuredRequest)?.OperationCost);
            var result = lane is null ? await run().ConfigureAwait(false) : await lane.RunAsync(run, context.CancellationToken).ConfigureAwait(false);
            return result.Single()[SelectionTranslator.ResultColumn];
        }
        catch (Neo4jException error)
        {
            throw GraphDatabaseErrors.ToGraphQLException(error);
        }
    }

    /// <summary>
    /// A statement that has proved short runs in one auto-commit request; any other in an explicit transaction
    /// (two requests), which a deadline, a client gone or shutdown rolls back, ending the statement in Neo4j.
    /// (Neo4j 3.1 offers no single request that can also be ended: see <see cref="QuickStatements"/> and the Neo4j
    /// client's README.)
    /// </summary>
    private static async Task<StatementResult> RunReadAsync(Neo4jClient neo4j, CypherStatement statement, CancellationToken cancellationToken)
    {
        var sent = new Statement(statement.Text, statement.Parameters);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        try
        {
            var result = Quick.IsQuick(statement)
                ? await neo4j.RunAutoCommitAsync(sent, cancellationToken).ConfigureAwait(false)
                : await neo4j.RunAsync(sent, cancellationToken).ConfigureAwait(false);
            Quick.Record(statement, clock.Elapsed);
            return result;
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            Quick.Record(statement, null);
            throw;
        }
    }

    private static object? EncodeCursor(ResolveFieldContext context) =>
        FieldResolvers.Read(context.Source, context.FieldNodes[0].ResponseKey) switch
        {
            long offset => Cursor.Encode(offset),
            int offset => Cursor.Encode(offset),
            _ => null,
        };
}
