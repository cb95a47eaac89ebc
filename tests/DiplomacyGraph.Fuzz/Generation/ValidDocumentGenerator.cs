using System.Text;
using System.Text.Json;
using DiplomacyGraph.Fuzz.Schema;

namespace DiplomacyGraph.Fuzz.Generation;

/// <summary>
/// Random documents that follow the live schema: one to three root fields with aliases, arguments
/// with values that make sense (real ids and names, small pages, cursors, where/order inputs),
/// nested selections, inline fragments on abstract types, named fragments, directives, and some
/// argument values passed as variables. Most answer with data; a few meet a documented refusal
/// (a cursor from another list, a cost over the limit).
/// <para>
/// Requests draw their document from a pool of <c>poolSize</c> documents of the run's seed: Neo4j plans
/// every distinct statement (hundreds of milliseconds, seconds on a loaded machine) and caches the plan,
/// so a run of only fresh documents would measure the planner, not the API; a pool keeps a long run's
/// pace while every document still goes through parsing, validation, limits, compilation and Neo4j.
/// </para>
/// </summary>
public sealed class ValidDocumentGenerator(SchemaModel schema, GraphSamples samples, int poolSeed, int poolSize)
{
    private const int MaxSelectionDepth = 3;
    private const int MaxInputDepth = 2;

    /// <summary>One of the pool's documents, chosen by <paramref name="random"/>.</summary>
    public GraphQLPayload FromPool(Random random) =>
        Generate(new Random(unchecked((poolSeed * 7_368_787) + random.Next(poolSize))));

    public GraphQLPayload Generate(Random random)
    {
        var document = new DocumentBuilder(random, samples);
        var body = new StringBuilder("{ ");
        var rootFields = random.Next(1, 4);
        foreach (var field in Pick(random, schema.QueryType.Fields, rootFields))
        {
            AppendField(document, body, field, MaxSelectionDepth, aliasPrefix: null);
        }

        body.Append('}');
        return document.Finish(body.ToString());
    }

    /// <summary>A field with its arguments and, for a composite type, a selection of its own.</summary>
    internal void AppendField(DocumentBuilder document, StringBuilder text, FieldDefinition field, int depth, string? aliasPrefix)
    {
        var random = document.Random;
        if (aliasPrefix is not null)
        {
            text.Append(aliasPrefix).Append('_').Append(field.Name).Append(": ");
        }
        else if (random.Next(5) == 0)
        {
            text.Append('a').Append(document.NextNumber()).Append(": ");
        }

        text.Append(field.Name);
        var arguments = ChooseArguments(random, field).ToList();
        if (arguments.Count > 0)
        {
            text.Append('(');
            foreach (var argument in arguments)
            {
                text.Append(argument.Name).Append(": ");
                var value = ValueFor(random, argument.Name, argument.Type, MaxInputDepth);
                document.AppendValue(text, argument.Type, value);
                text.Append(' ');
            }

            text.Append(')');
        }

        if (random.Next(12) == 0)
        {
            text.Append(random.Next(2) == 0 ? " @include(if: true)" : " @skip(if: false)");
        }

        var type = schema[field.Type.NamedTypeName];
        if (!type.IsLeaf)
        {
            text.Append(' ');
            AppendSelection(document, text, type, depth - 1);
        }

        text.Append(' ');
    }

    private void AppendSelection(DocumentBuilder document, StringBuilder text, NamedType type, int depth)
    {
        var random = document.Random;
        if (type.Kind == "OBJECT" && depth > 0 && random.Next(6) == 0)
        {
            text.Append("{ ...").Append(document.AddFragment(type.Name, fragment => AppendFields(document, fragment, type, depth, aliasPrefix: null))).Append(" }");
            return;
        }

        text.Append("{ ");
        if (type.IsAbstract)
        {
            text.Append("__typename ");
            foreach (var possible in Pick(random, type.PossibleTypes, random.Next(0, 3)))
            {
                var concrete = schema[possible];
                text.Append("... on ").Append(possible).Append(" { ");
                AppendFields(document, text, concrete, depth, aliasPrefix: possible);
                text.Append("} ");
            }

            if (type.Fields.Count > 0)
            {
                AppendFields(document, text, type, depth, aliasPrefix: null);
            }
        }
        else
        {
            AppendFields(document, text, type, depth, aliasPrefix: null);
        }

        text.Append('}');
    }

    /// <summary>
    /// One to four distinct fields; at the last level only leaves. Fields inside an inline fragment get
    /// the type as an alias prefix, so two types' fields of one name never have to merge.
    /// </summary>
    private void AppendFields(DocumentBuilder document, StringBuilder text, NamedType type, int depth, string? aliasPrefix)
    {
        var random = document.Random;
        var candidates = depth > 0 ? type.Fields : [.. type.Fields.Where(field => schema[field.Type.NamedTypeName].IsLeaf)];
        var chosen = Pick(random, candidates, random.Next(1, 5)).ToList();
        if (chosen.Count == 0)
        {
            text.Append("__typename ");
            return;
        }

        foreach (var field in chosen)
        {
            AppendField(document, text, field, depth, aliasPrefix);
        }
    }

    /// <summary>Required arguments always, optional ones sometimes; never both <c>first</c> and <c>last</c>.</summary>
    private static IEnumerable<InputValue> ChooseArguments(Random random, FieldDefinition field)
    {
        var pagingSide = random.Next(5) == 0 ? "last" : "first";
        foreach (var argument in field.Arguments)
        {
            if (argument.Type.IsNonNull)
            {
                yield return argument;
            }
            else if (argument.Name is "first" or "last")
            {
                if (argument.Name == pagingSide && random.Next(10) < 8)
                {
                    yield return argument;
                }
            }
            else if (argument.Name is "after" or "before")
            {
                if ((argument.Name == "after") == (pagingSide == "first") && random.Next(8) == 0)
                {
                    yield return argument;
                }
            }
            else if (random.Next(10) < 3)
            {
                yield return argument;
            }
        }
    }

    private GeneratedValue ValueFor(Random random, string name, TypeRef type, int depth)
    {
        var nullable = type.Nullable;
        if (nullable.IsList)
        {
            var items = random.Next(1, 4);
            return new ListValue([.. Enumerable.Range(0, items).Select(_ => ValueFor(random, name, nullable.OfType!, depth))]);
        }

        var named = schema[nullable.NamedTypeName];
        return named.Kind switch
        {
            "ENUM" => new EnumValue(named.EnumValues[random.Next(named.EnumValues.Count)]),
            "INPUT_OBJECT" => InputObjectFor(random, named, depth),
            _ => ScalarFor(random, name, named.Name),
        };
    }

    private ObjectValue InputObjectFor(Random random, NamedType type, int depth)
    {
        var required = type.InputFields.Where(field => field.Type.IsNonNull);
        var optional = type.InputFields.Where(field => !field.Type.IsNonNull && (depth > 0 || IsShallow(field.Type)));
        var fields = required.Concat(Pick(random, [.. optional], random.Next(1, 3))).DistinctBy(field => field.Name);
        return new ObjectValue([.. fields.Select(field => KeyValuePair.Create(field.Name, ValueFor(random, field.Name, field.Type, depth - 1)))]);
    }

    /// <summary>A type whose value needs no further input object (so the recursion ends).</summary>
    private bool IsShallow(TypeRef type) => schema[type.NamedTypeName].Kind != "INPUT_OBJECT";

    /// <summary>A scalar that fits the argument's purpose, judged by its name.</summary>
    private GeneratedValue ScalarFor(Random random, string name, string scalar) => scalar switch
    {
        "Int" => new IntValue(name switch
        {
            "first" or "last" => random.Next(1, 6),
            "depth" => random.Next(1, 3),
            "maxLength" => random.Next(1, 6),
            "limit" => random.Next(1, 40),
            _ => random.Next(0, 2030),
        }),
        "Float" => new FloatValue(Math.Round(random.NextDouble() * 100, 2)),
        "Boolean" => new BooleanValue(random.Next(2) == 0),
        "ID" => new StringValue(samples.Ids[random.Next(samples.Ids.Count)]),
        "JSON" => new ObjectValue([KeyValuePair.Create<string, GeneratedValue>("k", new IntValue(random.Next(100)))]),
        _ => name switch
        {
            "after" or "before" => new StringValue(samples.Cursors[random.Next(samples.Cursors.Count)]),
            "id" or "from" or "to" => new StringValue(samples.Ids[random.Next(samples.Ids.Count)]),
            _ => new StringValue(NameFragment(random)),
        },
    };

    /// <summary>A real name, or a part of one, so string filters and search match sometimes.</summary>
    private string NameFragment(Random random)
    {
        var name = samples.Names[random.Next(samples.Names.Count)];
        return random.Next(3) == 0 && name.Length > 3 ? name[..random.Next(2, name.Length)] : name;
    }

    internal static IEnumerable<T> Pick<T>(Random random, IReadOnlyList<T> items, int count) =>
        items.Count == 0 ? [] : items.OrderBy(_ => random.Next()).Take(Math.Min(count, items.Count));
}

/// <summary>The document being built: its variables, its named fragments, and a counter for fresh names.</summary>
internal sealed class DocumentBuilder(Random random, GraphSamples samples)
{
    private readonly List<(string Name, TypeRef Type, GeneratedValue Value)> _variables = [];
    private readonly List<string> _fragments = [];
    private int _counter;

    public Random Random { get; } = random;

    public GraphSamples Samples { get; } = samples;

    public int NextNumber() => ++_counter;

    /// <summary>Writes a value as a literal, or (sometimes) as a new variable of the argument's type.</summary>
    public void AppendValue(StringBuilder text, TypeRef type, GeneratedValue value)
    {
        if (Random.Next(10) < 3)
        {
            var name = "v" + NextNumber();
            _variables.Add((name, type, value));
            text.Append('$').Append(name);
        }
        else
        {
            value.WriteLiteral(text);
        }
    }

    public string AddFragment(string typeName, Action<StringBuilder> writeFields)
    {
        var name = "F" + NextNumber();
        var fragment = new StringBuilder("fragment ").Append(name).Append(" on ").Append(typeName).Append(" { ");
        writeFields(fragment);
        _fragments.Add(fragment.Append('}').ToString());
        return name;
    }

    public GraphQLPayload Finish(string selection)
    {
        var named = _variables.Count > 0 || Random.Next(3) == 0;
        var operationName = named ? "Q" + Random.Next(1000) : null;
        var query = new StringBuilder();
        if (named)
        {
            query.Append("query ").Append(operationName);
            if (_variables.Count > 0)
            {
                query.Append('(').AppendJoin(", ", _variables.Select(variable => $"${variable.Name}: {variable.Type}")).Append(')');
            }

            query.Append(' ');
        }

        query.Append(selection);
        foreach (var fragment in _fragments)
        {
            query.Append('\n').Append(fragment);
        }

        return new GraphQLPayload(query.ToString(), named && Random.Next(2) == 0 ? operationName : null, VariablesJson());
    }

    private string? VariablesJson()
    {
        if (_variables.Count == 0)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, _, value) in _variables)
            {
                json.WritePropertyName(name);
                value.WriteJson(json);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
