using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.Cypher.Statistics;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.GraphQL.Validation.Limits;

namespace DiplomacyGraph.Cypher.Execution;

/// <summary>
/// What a field of the generated API costs, for the engine's cost limit (<see cref="FieldCostEstimator"/>), in the
/// spirit of HotChocolate's cost analysis (<c>@listSize(slicingArguments: ["first", "last"])</c> on every
/// connection), computed before any Cypher runs. With the graph's <see cref="GraphStatistics"/> it estimates the
/// work Neo4j does, which on Neo4j 3.x follows the graph's size and fan-out, not the page asked for. A node of a label
/// scan costs 1; a related item read, and an item a page returns, <see cref="ItemCost"/>:
/// <list type="bullet">
/// <item>a root connection reads every node of its label (to order them) and tests its filter on each: label size ×
/// (1 + the filter's cost per node); an equality (or <c>in</c>) on an indexed property is a seek instead: 1 per
/// value. Its page (<c>first</c>/<c>last</c>, <see cref="TranslatorOptions.DefaultPageSize"/> when neither is given,
/// at most the label's size after a scan) costs <see cref="ItemCost"/> per item plus what is below each item; more
/// than <see cref="TranslatorOptions.MaxPageSize"/> is refused with <see cref="PageSizeExceededCode"/>;</item>
/// <item>a relationship connection reads, per parent, every related item (to order them): the average degree of its
/// type from the parent's label × (<see cref="ItemCost"/> + the filter's cost per item); its page holds at most the
/// largest degree the graph has for that relationship (a hub's page is full), each item costing
/// <see cref="ItemCost"/> plus what is below it;</item>
/// <item>a <c>where</c> costs 1 per condition, and a relationship condition (a traversal) the average degree ×
/// (<see cref="ItemCost"/> + 1 + what it nests);</item>
/// <item><c>nodes(ids:)</c> counts everything below it once per id (each an index seek), and at most MaxPageSize
/// ids are allowed;</item>
/// <item>a root <c>@cypher</c> field (<c>search</c>, <c>neighborhood</c>, <c>path</c>) counts what is below it as many
/// times as its largest bounded (<c>@range</c>) Int argument asks (<c>first</c>, <c>limit</c>, <c>maxLength</c>).</item>
/// </list>
/// Until the statistics are known (<paramref name="statistics"/> returns null) it counts from the request alone: a
/// connection 1 + its filter, plus its page × what is below, a relationship condition
/// <see cref="TranslatorOptions.AssumedFanOut"/> × (1 + what it nests). Every other field counts by the engine's
/// default rule (1 each).
/// </summary>
public sealed class ApiCostEstimator(ApiSchema api, TranslatorOptions options, Func<GraphStatistics?> statistics)
{
    /// <summary>The <c>extensions.code</c> of a page (or id list) larger than the maximum.</summary>
    public const string PageSizeExceededCode = "PAGE_SIZE_EXCEEDED";

    /// <summary>
    /// What one related item Neo4j reads costs, and one item a page returns, against 1 for a node of a label scan:
    /// on Neo4j 3.1 with the 1M-entity graph, the API's statements scan a few hundred thousand nodes of a label a
    /// second, but read only some ten thousand related items (each expanded, then ordered by a property) or page
    /// items (each cut out of a collected list and projected) (README, "Limits").
    /// </summary>
    public const int ItemCost = 20;

    /// <summary>What a client can do about a request refused for its cost (the engine appends it to the refusal).</summary>
    public const string AskForLess =
        "Ask for smaller pages (first/last) or fewer nested connections, filter on an id or name (an index seek) " +
        "rather than a scan of every node, filter from the related node's side, or use search.";

    private const long Ceiling = long.MaxValue / 4;

    public FieldCost? Estimate(FieldCostRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var model = api.Model;
        var name = request.Field.Name;
        var graph = statistics();
        if (request.ParentType.Name == model.QueryTypeName)
        {
            if (api.RootConnections.TryGetValue(name, out var node))
            {
                var where = request.Arguments.GetValueOrDefault("where");
                var filter = Filter(graph, node, where, properties: null);
                if (graph is null)
                {
                    return Connection(request, Add(1, filter));
                }

                // A scan's page holds at most the label's nodes; a seek's estimate (1 per value) is no such bound.
                return SeekedRows(graph, node, where) is { } seeked
                    ? Connection(request, Multiply(seeked, Add(1, filter)), pageBound: null, ItemCost)
                    : Connection(request, Multiply(graph.NodeCount(node), Add(1, filter)), graph.NodeCount(node), ItemCost);
            }

            if (api.NodeInterface is not null && name == ApiSchema.NodesField)
            {
                return Lookup(request);
            }

            if (model.GetType(model.QueryTypeName).FindField(name) is { Mapping: CypherMapping } cypherField)
            {
                return Bounded(request, cypherField);
            }

            return null;
        }

        if (model.Types.TryGetValue(request.ParentType.Name, out var parent)
            && parent.FindField(name) is { Relationship: { } relationship, Shape.IsList: true } field)
        {
            var properties = relationship.PropertiesType is null ? null : model.GetType(relationship.PropertiesType);
            var filter = Filter(graph, model.GetType(field.Shape.NamedType), request.Arguments.GetValueOrDefault("where"), properties);
            return graph is null
                ? Connection(request, Add(1, filter))
                : Connection(request, ReadRelated(graph, parent, relationship, filter), graph.LargestDegree(parent, relationship), ItemCost);
        }

        return null;
    }

    /// <summary>
    /// A connection: what finding its items costs (<paramref name="read"/>, at least 1), plus each item of the page
    /// (at most <paramref name="pageBound"/>) costing <paramref name="pageItemCost"/> and what is below it.
    /// </summary>
    private FieldCost Connection(FieldCostRequest request, long read, long? pageBound = null, long pageItemCost = 0)
    {
        var first = Count(request.Arguments.GetValueOrDefault("first"));
        var last = Count(request.Arguments.GetValueOrDefault("last"));
        var size = first is null && last is null ? options.DefaultPageSize : Math.Max(first ?? 0, last ?? 0);
        var items = Math.Min(size, pageBound ?? size);
        var cost = new FieldCost(Add(Math.Max(1, read), Multiply(items, pageItemCost)), items);
        return size > options.MaxPageSize
            ? cost with { Refusal = TooMany(request, first is not null && (last is null || first >= last) ? "first" : "last", size) }
            : cost;
    }

    private FieldCost Lookup(FieldCostRequest request)
    {
        var ids = request.Arguments.GetValueOrDefault("ids") is System.Collections.ICollection list ? list.Count : 0;
        var cost = new FieldCost(1, ids);
        return ids > options.MaxPageSize ? cost with { Refusal = TooMany(request, "ids", ids) } : cost;
    }

    private static FieldCost Bounded(FieldCostRequest request, GraphField field)
    {
        long times = 1;
        foreach (var argument in field.Arguments)
        {
            // Counted up to the range's maximum: a value outside it is refused by the translator, with its own message.
            if (DirectiveArguments.Find(argument.Directives, MappingDirectives.Range) is { } range
                && Count(request.Arguments.GetValueOrDefault(argument.Name.Value)) is { } value)
            {
                times = Math.Max(times, Math.Min(value, DirectiveArguments.Int(range, "max", field.ToString()) ?? value));
            }
        }

        return new FieldCost(1, times);
    }

    /// <summary>
    /// What reading the related items of one parent costs: the average degree × (<see cref="ItemCost"/> + the filter's
    /// cost per item), at least 1. Additive, so that nested relationship conditions grow with the items they read
    /// (d1 × (20 + d2 × (20 + …))), not with 20 to the power of their depth.
    /// </summary>
    private static long ReadRelated(GraphStatistics graph, CompositeType parent, RelationshipMapping relationship, long filterPerItem)
    {
        // In decimal, so that 0.2 × 21 counts 5, not a hair above it rounded up to 6 as binary floating point would risk.
        var cost = (decimal)graph.AverageDegree(parent, relationship) * Math.Min(ItemCost + (decimal)filterPerItem, Ceiling);
        return cost >= Ceiling ? Ceiling : Math.Max(1, (long)Math.Ceiling(cost));
    }

    /// <summary>
    /// How many nodes a root filter's equality on an indexed property (at the top, or in a top-level <c>and</c>) seeks
    /// — the compiler writes it as a plain <c>n.p = $v</c> or <c>n.p IN $v</c>, which Neo4j serves from the index —
    /// or null when the label must be scanned.
    /// </summary>
    private static long? SeekedRows(GraphStatistics graph, CompositeType type, object? where)
    {
        if (where is not IReadOnlyDictionary<string, object?> conditions)
        {
            return null;
        }

        long? rows = null;
        foreach (var (name, value) in conditions)
        {
            if (value is null)
            {
                continue;
            }

            var seeked = name == "and"
                ? Items(value).Select(item => SeekedRows(graph, type, item)).Min()
                : type.FindField(name) is { Mapping: PropertyMapping property, Shape.IsList: false }
                  && graph.IsIndexed(type, property.Property)
                  && value is IReadOnlyDictionary<string, object?> operations
                    ? Seek(operations)
                    : null;
            if (seeked is { } found)
            {
                rows = Math.Min(rows ?? found, found);
            }
        }

        return rows;

        static long? Seek(IReadOnlyDictionary<string, object?> operations) =>
            operations.GetValueOrDefault("eq") is { } ? 1
            : operations.GetValueOrDefault("in") is System.Collections.ICollection values ? values.Count
            : null;
    }

    /// <summary>The filter's cost per row: 1 per condition; a relationship condition counts what each row traverses.</summary>
    private long Filter(GraphStatistics? graph, CompositeType type, object? where, CompositeType? properties)
    {
        if (where is not IReadOnlyDictionary<string, object?> conditions)
        {
            return 0;
        }

        long cost = 0;
        foreach (var (name, value) in conditions)
        {
            if (value is null)
            {
                continue;
            }

            cost = Add(cost, name switch
            {
                "and" or "or" => Items(value).Aggregate(0L, (sum, item) => Add(sum, Filter(graph, type, item, properties))),
                "not" => Filter(graph, type, value, properties),
                "edge" when properties is not null => Filter(graph, properties, value, null),
                _ => type.FindField(name) is { Relationship: { } relationship } field ? Traversal(graph, type, field, relationship, value) : 1,
            });
        }

        return cost;
    }

    private long Traversal(GraphStatistics? graph, CompositeType type, GraphField field, RelationshipMapping relationship, object value)
    {
        var target = api.Model.GetType(field.Shape.NamedType);
        var properties = relationship.PropertiesType is null ? null : api.Model.GetType(relationship.PropertiesType);
        var quantified = field.Shape.IsList && value is IReadOnlyDictionary<string, object?> byQuantifier
            ? byQuantifier.Values
            : [value];
        long cost = 0;
        foreach (var itemFilter in quantified)
        {
            var perItem = Filter(graph, target, itemFilter, properties);
            cost = Add(cost, graph is null ? Multiply(options.AssumedFanOut, Add(1, perItem)) : ReadRelated(graph, type, relationship, Add(1, perItem)));
        }

        return cost;
    }

    /// <summary>Worded as the translator words the same check, which stays as the backstop for callers without this limit.</summary>
    private FieldCostRefusal TooMany(FieldCostRequest request, string argument, long asked) => new(
        $"'{argument}' of '{request.Field.Name}' may be at most {options.MaxPageSize}; got {asked}. " +
        "Page through larger lists with 'after' or 'before'.",
        PageSizeExceededCode);

    private static IEnumerable<object?> Items(object value) =>
        value is System.Collections.IEnumerable items and not string and not IReadOnlyDictionary<string, object?> ? items.Cast<object?>() : [value];

    private static long? Count(object? value) => value switch
    {
        int i => Math.Max(i, 0),
        long l => Math.Max(l, 0),
        _ => null,
    };

    private static long Add(long a, long b) => a > Ceiling - b ? Ceiling : a + b;

    private static long Multiply(long a, long b) => a != 0 && b > Ceiling / Math.Max(a, 1) ? Ceiling : Math.Min(a * b, Ceiling);
}
