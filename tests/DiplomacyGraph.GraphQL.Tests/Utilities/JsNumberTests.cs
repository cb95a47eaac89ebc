using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Tests.Utilities;

/// <summary>Expected texts are JavaScript's String(number) for the same doubles.</summary>
public sealed class JsNumberTests
{
    [Theory]
    [InlineData(0d, "0")]
    [InlineData(1.5, "1.5")]
    [InlineData(-2.25, "-2.25")]
    [InlineData(100d, "100")]
    [InlineData(1e21, "1e+21")]
    [InlineData(123456789012345680000d, "123456789012345680000")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(0.0000001, "1e-7")]
    [InlineData(1.5e-10, "1.5e-10")]
    [InlineData(0.1, "0.1")]
    [InlineData(1e15, "1000000000000000")]
    public void Writes_numbers_as_javascript_does(double value, string expected) =>
        Assert.Equal(expected, JsNumber.Format(value));
}
