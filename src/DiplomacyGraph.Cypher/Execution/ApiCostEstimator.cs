using DiplomacyGraph.Cypher.Augmentation;
using DiplomacyGraph.Cypher.Schema;
using DiplomacyGraph.Cypher.Translation;
using DiplomacyGraph.GraphQL.Validation.Limits;

namespace DiplomacyGraph.Cypher.Execution;

/// <summary>
/// What a field of the generated API costs, for the engine's cost limit (<see cref="FieldCostEstimator"/>), in the
/// spirit of HotChocolate's cost analysis (<c>@listSize(slicingArguments: ["first", "last"])</c> on every
/// connection). Computed from the request alone, before any Cypher runs:
/// <list type="bullet">
/// <item>a connection (root or relationship) counts everything below it <c>first</c> (or <c>last</c>) times, and
/// <see cref="TranslatorOptions.DefaultPageSize"/> times when neither is given; more than
/// <see cref="TranslatorOptions.MaxPageSize"/> is refused with <see cref="PageSizeExceededCode"/>;</item>
/// <item><c>nodes(ids:)</c> counts everything below it once per id, and at most MaxPageSize ids are allowed;</item>
/// <item>a <c>where</c> adds 1 per condition, and a relationship condition (a traversal) counts
/// <see cref="TranslatorOptions.AssumedFanOut"/> times what it nests, so cost grows with nesting as the work does;</item>
/// <item>a root <c>@cypher</c> field (<c>search</c>, <c>neighborhood</c>, <c>path</c>) counts what is below it as many
/// times as its largest bounded (<c>@range</c>) Int argument asks (<c>first</c>, <c>limit</c>, <c>maxLength</c>).</item>
/// </list>
/// Every other field counts by the engine's default rule (1 each).
/// </summary>
public sealed class ApiCostEstimator(ApiSchema api, TranslatorOptions options)
{
    /// <summary>The <c>extensions.code</c> of a page (or id list) larger than the maximum.</summary>
    public const string PageSizeExceededCode = "PAGE_SIZE_EXCEEDED";

    private const long Ceiling = long.MaxValue / 4;

    public FieldCost? Estimate(FieldCostRequest request)
    {
        var model = api.Model;
        var name = request.Field.Name;
        if (request.ParentType.Name == model.QueryTypeName)
        {
            if (api.RootConnections.TryGetValue(name, out var node))
            {
                return Connection(request, node, properties: null);
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
            return Connection(request, model.GetType(field.Shape.NamedType), properties);
        }

        return null;
    }

    private FieldCost Connection(FieldCostRequest request, CompositeType target, CompositeType? properties)
    {
        var first = Count(request.Arguments.GetValueOrDefault("first"));
        var last = Count(request.Arguments.GetValueOrDefault("last"));
        var size = first is null && last is null ? options.DefaultPageSize : Math.Max(first ?? 0, last ?? 0);
        var weight = 1 + Filter(target, request.Arguments.GetValueOrDefault("where"), properties);
        var cost = new FieldCost(weight, size);
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

    /// <summary>1 per condition; a relationship condition counts the fan-out times what it nests.</summary>
    private long Filter(CompositeType type, object? where, CompositeType? properties)
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
                "and" or "or" => Items(value).Aggregate(0L, (sum, item) => Add(sum, Filter(type, item, properties))),
                "not" => Filter(type, value, properties),
                "edge" when properties is not null => Filter(properties, value, null),
                _ => type.FindField(name) is { Relationship: { } relationship } field ? Traversal(field, relationship, value) : 1,
            });
        }

        return cost;
    }

    private long Traversal(GraphField field, RelationshipMapping relationship, object value)
    {
        var target = api.Model.GetType(field.Shape.NamedType);
        var properties = relationship.PropertiesType is null ? null : api.Model.GetType(relationship.PropertiesType);
        var quantified = field.Shape.IsList && value is IReadOnlyDictionary<string, object?> byQuantifier
            ? byQuantifier.Values
            : [value];
        long cost = 0;
        foreach (var itemFilter in quantified)
        {
            var nested = Add(1, Filter(target, itemFilter, properties));
            cost = Add(cost, nested > Ceiling / options.AssumedFanOut ? Ceiling : nested * options.AssumedFanOut);
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
}
