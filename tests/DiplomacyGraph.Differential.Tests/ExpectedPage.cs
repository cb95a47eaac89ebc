namespace DiplomacyGraph.Differential.Tests;

/// <summary>
/// A page as the reference computes it from the documented paging rules (Cypher README): over the filtered,
/// ordered list, end = min(total, before), start = min(after + 1, end); first shrinks end, last raises start;
/// neither takes the default page size; hasNextPage = end &lt; total, hasPreviousPage = start &gt; 0.
/// </summary>
public sealed record ExpectedPage(int TotalCount, int Start, IReadOnlyList<Candidate> Items, bool HasNextPage, bool HasPreviousPage)
{
    public const int DefaultPageSize = 50;

    public static ExpectedPage Of(IReadOnlyList<Candidate> ordered, Paging paging)
    {
        var total = ordered.Count;
        var end = paging.BeforeOffset is { } before ? Math.Min(total, before) : total;
        var start = paging.AfterOffset is { } after ? Math.Min(after + 1, end) : 0;
        if (paging.First is { } first)
        {
            end = Math.Min(end, start + first);
        }

        if (paging.Last is { } last)
        {
            start = Math.Max(start, end - last);
        }

        if (paging.First is null && paging.Last is null)
        {
            end = Math.Min(end, start + DefaultPageSize);
        }

        return new ExpectedPage(total, start, [.. ordered.Skip(start).Take(Math.Max(0, end - start))], end < total, start > 0);
    }
}
