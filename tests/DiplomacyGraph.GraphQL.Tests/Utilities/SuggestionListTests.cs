using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Utilities;

public sealed class SuggestionListTests
{
    [Fact]
    public void Suggests_close_options_nearest_first() =>
        Assert.Equal(["abc", "ab", "abcd"], SuggestionList.For("abc", ["ab", "abcd", "abc", "xyz"]));

    [Fact]
    public void Treats_a_change_of_case_as_one_edit() =>
        Assert.Equal(["Name"], SuggestionList.For("nAME", ["Name", "Other"]));

    [Fact]
    public void Breaks_ties_in_natural_order() =>
        Assert.Equal(["a2", "a10"], SuggestionList.For("a1", ["a10", "a2"]));

    [Fact]
    public void Did_you_mean_lists_at_most_five_suggestions()
    {
        Assert.Equal(string.Empty, DidYouMean.Format([]));
        Assert.Equal(" Did you mean \"a\"?", DidYouMean.Format(["a"]));
        Assert.Equal(" Did you mean \"a\" or \"b\"?", DidYouMean.Format(["a", "b"]));
        Assert.Equal(" Did you mean the enum value \"a\", \"b\", \"c\", \"d\", or \"e\"?", DidYouMean.Format("the enum value", ["a", "b", "c", "d", "e", "f"]));
    }
}
