using System.Collections.Concurrent;
using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.Validation;

/// <summary>
/// For a sequence of visitors, which of them to call at each kind of node, in rule order. Built
/// once per sequence of visitor types and shared, since every request validates with the same rules.
/// </summary>
internal sealed class VisitorDispatch
{
    private static readonly ConcurrentDictionary<VisitorTypes, VisitorDispatch> Cache = new();

    private VisitorDispatch(Type[] types)
    {
        var hooks = new VisitorHooks[types.Length];
        WatchesDirectives = new bool[types.Length];
        for (var i = 0; i < types.Length; i++)
        {
            hooks[i] = VisitorHooks.Of(types[i]);
            WatchesDirectives[i] = hooks[i].WatchesDirectives;
        }

        Enterers = new int[VisitorHooks.Kinds][];
        Leavers = new int[VisitorHooks.Kinds][];
        var enterers = new List<int>();
        var leavers = new List<int>();
        for (var kind = 0; kind < VisitorHooks.Kinds; kind++)
        {
            enterers.Clear();
            leavers.Clear();
            for (var i = 0; i < hooks.Length; i++)
            {
                if (hooks[i].Enters((SyntaxKind)kind))
                {
                    enterers.Add(i);
                }

                if (hooks[i].Leaves((SyntaxKind)kind))
                {
                    leavers.Add(i);
                }
            }

            Enterers[kind] = [.. enterers];
            Leavers[kind] = [.. leavers];
        }
    }

    /// <summary>Per kind of node, the indices of the visitors to call on entering.</summary>
    public int[][] Enterers { get; }

    /// <summary>Per kind of node, the indices of the visitors to call (or to resume) on leaving.</summary>
    public int[][] Leavers { get; }

    public bool[] WatchesDirectives { get; }

    public static VisitorDispatch For(ValidationVisitor[] visitors)
    {
        var types = new Type[visitors.Length];
        for (var i = 0; i < visitors.Length; i++)
        {
            types[i] = visitors[i].GetType();
        }

        return Cache.GetOrAdd(new VisitorTypes(types), static key => new VisitorDispatch(key.Types));
    }

    /// <summary>A sequence of visitor types compared element by element, as a cache key.</summary>
    private readonly struct VisitorTypes(Type[] types) : IEquatable<VisitorTypes>
    {
        public Type[] Types { get; } = types;

        public bool Equals(VisitorTypes other) => Types.AsSpan().SequenceEqual(other.Types);

        public override bool Equals(object? obj) => obj is VisitorTypes other && Equals(other);

        public override int GetHashCode()
        {
            var hash = new HashCode();
            foreach (var type in Types)
            {
                hash.Add(type);
            }

            return hash.ToHashCode();
        }
    }
}
