namespace DiplomacyGraph.GraphQL.Utilities;

/// <summary>
/// The options close enough to a mistyped input to suggest, nearest first — graphql-js's
/// <c>suggestionList</c>: Damerau-Levenshtein distance where a change of case alone counts as one
/// edit, a threshold of 40% of the input's length, ties broken by natural sort order.
/// </summary>
public static class SuggestionList
{
    public static IReadOnlyList<string> For(string input, IEnumerable<string> options)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(options);
        var inputLower = input.ToLowerInvariant();
        var threshold = (int)Math.Floor(input.Length * 0.4) + 1;
        var distances = new Dictionary<string, int>(StringComparer.Ordinal);
        var ordered = new List<string>();
        var rows = new int[3][];
        for (var r = 0; r < 3; r++)
        {
            rows[r] = new int[input.Length + 1];
        }

        foreach (var option in options)
        {
            var distance = Measure(input, inputLower, option, threshold, rows);
            if (distance is { } d)
            {
                if (distances.TryAdd(option, d))
                {
                    ordered.Add(option);
                }
                else
                {
                    distances[option] = d;
                }
            }
        }

        ordered.Sort((a, b) =>
        {
            var difference = distances[a] - distances[b];
            return difference != 0 ? difference : NaturalCompare(a, b);
        });
        return ordered;
    }

    private static int? Measure(string input, string inputLower, string option, int threshold, int[][] rows)
    {
        if (input == option)
        {
            return 0;
        }

        var optionLower = option.ToLowerInvariant();
        if (inputLower == optionLower)
        {
            return 1;
        }

        var a = optionLower;
        var b = inputLower;
        if (a.Length < b.Length)
        {
            (a, b) = (b, a);
        }

        var aLength = a.Length;
        var bLength = b.Length;
        if (aLength - bLength > threshold)
        {
            return null;
        }

        if (rows[0].Length < bLength + 1)
        {
            for (var r = 0; r < 3; r++)
            {
                rows[r] = new int[bLength + 1];
            }
        }

        for (var j = 0; j <= bLength; j++)
        {
            rows[0][j] = j;
        }

        for (var i = 1; i <= aLength; i++)
        {
            var upRow = rows[(i - 1) % 3];
            var currentRow = rows[i % 3];
            var smallestCell = currentRow[0] = i;
            for (var j = 1; j <= bLength; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var currentCell = Math.Min(Math.Min(upRow[j] + 1, currentRow[j - 1] + 1), upRow[j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    // A swap of two adjacent characters is one edit.
                    currentCell = Math.Min(currentCell, rows[(i - 2) % 3][j - 2] + 1);
                }

                if (currentCell < smallestCell)
                {
                    smallestCell = currentCell;
                }

                currentRow[j] = currentCell;
            }

            // No later row can have a smaller distance than this row's smallest cell.
            if (smallestCell > threshold)
            {
                return null;
            }
        }

        var distance = rows[aLength % 3][bLength];
        return distance <= threshold ? distance : null;
    }

    /// <summary>Natural sort order: runs of digits compare as numbers ("a2" before "a10").</summary>
    public static int NaturalCompare(string a, string b)
    {
        var aIndex = 0;
        var bIndex = 0;
        while (aIndex < a.Length && bIndex < b.Length)
        {
            var aChar = a[aIndex];
            var bChar = b[bIndex];
            if (char.IsAsciiDigit(aChar) && char.IsAsciiDigit(bChar))
            {
                long aNumber = 0;
                do
                {
                    ++aIndex;
                    aNumber = (aNumber * 10) + aChar - '0';
                    aChar = aIndex < a.Length ? a[aIndex] : '\0';
                }
                while (char.IsAsciiDigit(aChar) && aNumber > 0);

                long bNumber = 0;
                do
                {
                    ++bIndex;
                    bNumber = (bNumber * 10) + bChar - '0';
                    bChar = bIndex < b.Length ? b[bIndex] : '\0';
                }
                while (char.IsAsciiDigit(bChar) && bNumber > 0);

                if (aNumber != bNumber)
                {
                    return aNumber < bNumber ? -1 : 1;
                }
            }
            else
            {
                if (aChar != bChar)
                {
                    return aChar < bChar ? -1 : 1;
                }

                ++aIndex;
                ++bIndex;
            }
        }

        return a.Length - b.Length;
    }
}
