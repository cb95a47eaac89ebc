using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.Cypher.Translation;

/// <summary>
/// The paging arguments of one connection field as offsets: <c>after</c> and <c>before</c> decoded,
/// <c>first</c>/<c>last</c> checked. When neither is given, <see cref="TranslatorOptions.DefaultPageSize"/> applies as <c>first</c>.
/// </summary>
internal sealed record PageRequest(long? First, long? Last, long? After, long? Before)
{
    public static PageRequest Read(FieldNode field, IReadOnlyDictionary<string, object?> variables, TranslatorOptions options)
    {
        var first = Count(field, "first", variables, options);
        var last = Count(field, "last", variables, options);
        var after = ArgumentValues.Get(field, "after", variables) is string afterCursor ? Cursor.Decode(afterCursor, "after") : (long?)null;
        var before = ArgumentValues.Get(field, "before", variables) is string beforeCursor ? Cursor.Decode(beforeCursor, "before") : (long?)null;
        if (first is null && last is null)
        {
            first = options.DefaultPageSize;
        }

        return new PageRequest(first, last, after, before);
    }

    /// <summary>
    /// How many items of the ordered list decide this page: enough to reach its end and one more, which
    /// tells whether a next page exists. Null when the end depends on the total (<c>last</c> without <c>before</c>).
    /// </summary>
    public long? PrefixLength
    {
        get
        {
            var end = Before;
            if (First is { } first)
            {
                var firstEnd = (After is { } after ? after + 1 : 0) + first;
                end = end is { } before ? Math.Min(before, firstEnd) : firstEnd;
            }

            return end + 1;
        }
    }

    private static long? Count(FieldNode field, string argument, IReadOnlyDictionary<string, object?> variables, TranslatorOptions options)
    {
        if (ArgumentValues.AsLong(ArgumentValues.Get(field, argument, variables)) is not { } count)
        {
            return null;
        }

        if (count < 0)
        {
            throw new ApiQueryException($"'{argument}' must not be negative; got {count}.");
        }

        if (count > options.MaxPageSize)
        {
            throw new ApiQueryException($"'{argument}' may be at most {options.MaxPageSize}; got {count}. Page through larger lists with 'after' or 'before'.");
        }

        return count;
    }
}
