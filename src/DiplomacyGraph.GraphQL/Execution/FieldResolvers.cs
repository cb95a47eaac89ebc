using System.Collections;
using System.Collections.Concurrent;
using System.Reflection;
using DiplomacyGraph.GraphQL.Types;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// Resolvers for fields without one of their own. <see cref="ByFieldName"/> is graphql-js's
/// <c>defaultFieldResolver</c> for CLR values: the parent's dictionary entry or property of the
/// field's name. <see cref="ByResponseKey"/> reads the entry under the field's alias instead, for
/// parents produced by a planner that keyed its results by response key.
/// </summary>
public static class FieldResolvers
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), PropertyInfo?> Properties = new();

    public static readonly FieldResolver ByFieldName = context => new ValueTask<object?>(Read(context.Source, context.FieldName));

    public static readonly FieldResolver ByResponseKey = context => new ValueTask<object?>(Read(context.Source, context.FieldNodes[0].ResponseKey));

    /// <summary>
    /// The member <paramref name="name"/> of a parent value: a dictionary entry, else a public
    /// instance property of that name (exact, then ignoring case, so C# PascalCase properties serve
    /// camelCase fields). Null when there is none.
    /// </summary>
    public static object? Read(object? source, string name)
    {
        switch (source)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case IDictionary untyped:
                return untyped.Contains(name) ? untyped[name] : null;
        }

        var property = Properties.GetOrAdd((source.GetType(), name), static key =>
            key.Type.GetProperty(key.Name, BindingFlags.Public | BindingFlags.Instance) ??
            key.Type.GetProperty(key.Name, BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase));
        return property is { CanRead: true } && property.GetIndexParameters().Length == 0 ? property.GetValue(source) : null;
    }
}
