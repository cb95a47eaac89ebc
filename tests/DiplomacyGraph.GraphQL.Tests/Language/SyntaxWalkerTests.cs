using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Tests.Language;

public class SyntaxWalkerTests
{
    [Theory]
    [InlineData(KitchenSink.ExecutableDocument, KitchenSink.ExecutableDocumentNodes)]
    [InlineData(KitchenSink.SchemaDocument, KitchenSink.SchemaDocumentNodes)]
    public void Enters_every_node_in_graphql_js_order_with_graphql_js_locations(string document, string expectedNodes)
    {
        var recorder = new Recorder();

        SyntaxWalker.Walk(Parser.Parse(document), recorder);

        var entered = recorder.Events.Where(e => e.StartsWith("enter ", StringComparison.Ordinal)).Select(e => e["enter ".Length..]);
        Assert.Equal(expectedNodes.Split('\n'), entered);
    }

    [Fact]
    public void Leaves_each_node_after_its_children()
    {
        var recorder = new Recorder();

        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) }"), recorder);

        Assert.Equal(
            [
                "enter Document 0 11", "enter OperationDefinition 0 11", "enter SelectionSet 0 11",
                "enter Field 2 9", "enter Name 2 3", "leave Name 2 3",
                "enter Argument 4 8", "enter Name 4 5", "leave Name 4 5", "enter IntValue 7 8", "leave IntValue 7 8", "leave Argument 4 8",
                "leave Field 2 9", "leave SelectionSet 0 11", "leave OperationDefinition 0 11", "leave Document 0 11",
            ],
            recorder.Events);
    }

    [Fact]
    public void Skips_the_children_and_the_leave_of_a_node_whose_enter_says_skip()
    {
        var recorder = new Recorder { SkipKind = SyntaxKind.Argument };

        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) b }"), recorder);

        Assert.Contains("enter Argument 4 8", recorder.Events);
        Assert.DoesNotContain("enter Name 4 5", recorder.Events);
        Assert.DoesNotContain("leave Argument 4 8", recorder.Events);
        Assert.Contains("enter Field 10 11", recorder.Events);
    }

    [Fact]
    public void Stops_everything_when_a_visitor_breaks()
    {
        var recorder = new Recorder { BreakOnName = "b" };

        SyntaxWalker.Walk(Parser.Parse("{ a b c }"), recorder);

        Assert.Equal("enter Name 4 5", recorder.Events[^1]);
        Assert.DoesNotContain(recorder.Events, e => e.StartsWith("leave Field 4", StringComparison.Ordinal) || e.Contains(" 6 7", StringComparison.Ordinal));
    }

    [Fact]
    public void Gives_each_node_its_ancestors_from_the_root()
    {
        var ancestry = new AncestryRecorder("x");

        SyntaxWalker.Walk(Parser.Parse("query { a { b(arg: {x: 1}) } }"), ancestry);

        Assert.Equal(
            [
                SyntaxKind.Document, SyntaxKind.OperationDefinition, SyntaxKind.SelectionSet, SyntaxKind.Field,
                SyntaxKind.SelectionSet, SyntaxKind.Field, SyntaxKind.Argument, SyntaxKind.ObjectValue, SyntaxKind.ObjectField,
            ],
            ancestry.Found);
    }

    [Fact]
    public void Runs_several_visitors_in_one_walk_each_with_its_own_skip_and_break()
    {
        var everything = new Recorder();
        var skipsArguments = new Recorder { SkipKind = SyntaxKind.Argument };
        var breaksAtB = new Recorder { BreakOnName = "b" };

        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) b c }"), [everything, skipsArguments, breaksAtB]);

        var alone = new Recorder();
        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1) b c }"), alone);
        Assert.Equal(alone.Events, everything.Events);
        Assert.Contains("enter Field 12 13", skipsArguments.Events);
        Assert.DoesNotContain("enter IntValue 7 8", skipsArguments.Events);
        Assert.DoesNotContain("leave Argument 4 8", skipsArguments.Events);
        Assert.Equal("enter Name 10 11", breaksAtB.Events[^1]);
    }

    [Fact]
    public void Resumes_a_parallel_visitor_after_the_node_it_skipped()
    {
        var skipsArguments = new Recorder { SkipKind = SyntaxKind.Argument };
        var everything = new Recorder();

        SyntaxWalker.Walk(Parser.Parse("{ a(x: 1, y: 2) }"), [skipsArguments, everything]);

        Assert.Equal(
            ["enter Argument 4 8", "enter Argument 10 14", "leave Field 2 15"],
            skipsArguments.Events.Where(e => e.Contains("Argument", StringComparison.Ordinal) || e.StartsWith("leave Field", StringComparison.Ordinal)));
    }

    [Fact]
    public void Skips_a_subtree_for_the_whole_walk_only_when_every_parallel_visitor_skips_it()
    {
        var first = new Recorder { SkipKind = SyntaxKind.SelectionSet };
        var second = new Recorder { SkipKind = SyntaxKind.SelectionSet };
        var counter = new Recorder();

        SyntaxWalker.Walk(Parser.Parse("{ a { b } }"), new Recorder.Forwarding(new ParallelVisitor([first, second]), counter));

        Assert.Equal(["enter Document 0 11", "enter OperationDefinition 0 11", "enter SelectionSet 0 11"], counter.Events.Take(3));
        Assert.DoesNotContain(counter.Events, e => e.Contains("Field", StringComparison.Ordinal));
    }

    private sealed class Recorder : SyntaxVisitor
    {
        public List<string> Events { get; } = [];

        public SyntaxKind? SkipKind { get; init; }

        public string? BreakOnName { get; init; }

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            Events.Add("enter " + Describe(node));
            if (node.Kind == SkipKind)
            {
                return VisitorAction.Skip;
            }

            return node is NameNode name && name.Value == BreakOnName ? VisitorAction.Break : VisitorAction.Continue;
        }

        public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            Events.Add("leave " + Describe(node));
            return VisitorAction.Continue;
        }

        private static string Describe(SyntaxNode node) => $"{node.Kind} {node.Location!.Value.Start} {node.Location.Value.End}";

        /// <summary>Passes every call to an inner visitor, and records the calls the walker made.</summary>
        public sealed class Forwarding(SyntaxVisitor inner, Recorder calls) : SyntaxVisitor
        {
            public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
            {
                calls.Enter(node, ancestors);
                return inner.Enter(node, ancestors);
            }

            public override VisitorAction Leave(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
            {
                calls.Leave(node, ancestors);
                return inner.Leave(node, ancestors);
            }
        }
    }

    private sealed class AncestryRecorder(string name) : SyntaxVisitor
    {
        public List<SyntaxKind> Found { get; } = [];

        public override VisitorAction Enter(SyntaxNode node, IReadOnlyList<SyntaxNode> ancestors)
        {
            if (node is NameNode n && n.Value == name)
            {
                Found.AddRange(ancestors.Select(a => a.Kind));
            }

            return VisitorAction.Continue;
        }
    }
}
