using System.Text;
using System.Text.RegularExpressions;
using DiplomacyGraph.Fuzz.Schema;
using DiplomacyGraph.Fuzz.Sending;

namespace DiplomacyGraph.Fuzz.Generation;

/// <summary>
/// Valid documents broken on purpose: tokens deleted, doubled, swapped; characters flipped; unicode
/// that trips parsers (RTL marks, NUL, lone surrogates, BOM); huge numbers; deep nesting; long
/// strings; variables of the wrong type; many operations; unknown operation names; mutations without
/// a key; and requests pushed past each limit (cost, page size, aliases, depth, ids).
/// </summary>
public sealed partial class MutatedRequestGenerator(SchemaModel schema, GraphSamples samples, ValidDocumentGenerator valid)
{
    private static readonly string[] Unicode =
    [
        "\u202E", "\u200F", "\u200B", "\0", "\uD800", "\uDC00", "\uFEFF", "\uFFFF", "\uFFFE", "\u2028", "\u0301",
        "\U0001F600", "\u0645\u0635\u0631", "\u00A0", "\u0085", "\t", "\r", "\\", "\\u0000", "\\uD800", "\"",
    ];

    private static readonly string[] HugeNumbers =
    [
        "99999999999999999999999999", "-9223372036854775809", "9223372036854775808", "2147483648", "-2147483649",
        "1e309", "-1e309", "1.7976931348623157e308", "4.9e-325", "0.0000000000000000000000001", "00012", "-0", "1_000", "0x1F", "1e", "--1",
    ];

    /// <summary>A mutated request: the shape says which mutation made it.</summary>
    public (string Shape, HttpForm Form) Generate(Random random)
    {
        var (shape, make) = Mutations[random.Next(Mutations.Length)];
        var parts = make(this, random);
        var form = parts.ForcePost ? PayloadTransport.Post(parts.Payload, random, parts.Headers) : PayloadTransport.Either(parts.Payload, random, parts.Headers);
        return (shape, form);
    }

    private static readonly (string Shape, Func<MutatedRequestGenerator, Random, FuzzRequestParts> Make)[] Mutations =
    [
        ("token-edits", (self, random) => self.TokenEdits(random)),
        ("char-flip", (self, random) => self.CharacterFlips(random)),
        ("unicode", (self, random) => self.InsertUnicode(random)),
        ("huge-number", (self, random) => self.HugeNumber(random)),
        ("deep-nesting", (self, random) => DeepNesting(random)),
        ("long-string", (self, random) => self.LongString(random)),
        ("wrong-variable-types", (self, random) => self.WrongVariableTypes(random)),
        ("many-operations", (self, random) => self.ManyOperations(random)),
        ("unknown-operation-name", (self, random) => self.UnknownOperationName(random)),
        ("mutation-without-key", (self, random) => self.MutationWithoutKey(random)),
        ("fragment-abuse", (self, random) => FragmentAbuse(random)),
        ("directive-abuse", (self, random) => self.DirectiveAbuse(random)),
        ("introspection-deep", (self, random) => IntrospectionDeep(random)),
        ("alias-flood", (self, random) => AliasFlood(random)),
        ("over-the-limits", (self, random) => self.OverTheLimits(random)),
        ("forged-cursor", (self, random) => ForgedCursor(random)),
        ("subgraph-bounds", (self, random) => self.SubgraphBounds(random)),
        ("search-junk", (self, random) => SearchJunk(random)),
    ];

    private GraphQLPayload Valid(Random random) => valid.FromPool(random);

    private FuzzRequestParts TokenEdits(Random random)
    {
        var payload = Valid(random);
        var tokens = Tokens().Matches(payload.Query).Select(match => match.Value).ToList();
        for (var edits = random.Next(1, 4); edits > 0 && tokens.Count > 1; edits--)
        {
            var at = random.Next(tokens.Count);
            switch (random.Next(3))
            {
                case 0:
                    tokens.RemoveAt(at);
                    break;
                case 1:
                    tokens.Insert(at, tokens[at]);
                    break;
                default:
                    var other = random.Next(tokens.Count);
                    (tokens[at], tokens[other]) = (tokens[other], tokens[at]);
                    break;
            }
        }

        return new(payload with { Query = string.Join(' ', tokens) });
    }

    private FuzzRequestParts CharacterFlips(Random random)
    {
        var payload = Valid(random);
        var text = payload.Query.ToCharArray();
        for (var flips = random.Next(1, 4); flips > 0; flips--)
        {
            text[random.Next(text.Length)] = (char)random.Next(0, 128);
        }

        return new(payload with { Query = new string(text) });
    }

    private FuzzRequestParts InsertUnicode(Random random)
    {
        var payload = Valid(random);
        var text = new StringBuilder(payload.Query);
        for (var inserts = random.Next(1, 4); inserts > 0; inserts--)
        {
            text.Insert(random.Next(text.Length + 1), Unicode[random.Next(Unicode.Length)]);
        }

        // Half the time into the variables' strings too (JSON escapes keep the body well-formed).
        var variables = payload.VariablesJson is { } json && random.Next(2) == 0
            ? json.Replace("\":\"", "\":\"" + System.Text.Json.JsonSerializer.Serialize(Unicode[random.Next(Unicode.Length)])[1..^1], StringComparison.Ordinal)
            : payload.VariablesJson;
        return new(payload with { Query = text.ToString(), VariablesJson = variables });
    }

    private FuzzRequestParts HugeNumber(Random random)
    {
        var huge = HugeNumbers[random.Next(HugeNumbers.Length)];
        var payload = Valid(random);
        var numbers = Numbers().Matches(payload.Query);
        if (numbers.Count > 0 && random.Next(3) > 0)
        {
            var match = numbers[random.Next(numbers.Count)];
            return new(payload with { Query = payload.Query[..match.Index] + huge + payload.Query[(match.Index + match.Length)..] });
        }

        return random.Next(2) == 0
            ? new(new GraphQLPayload($"{{ cities(first: {huge}) {{ nodes {{ id }} }} }}", null, null))
            : new(new GraphQLPayload("query($n: Int, $f: Float) { cities(first: $n) { nodes { id } } statistics(where: {value: {gt: $f}}) { nodes { value } } }", null, $"{{\"n\": {huge}, \"f\": {huge}}}"), ForcePost: true);
    }

    private static FuzzRequestParts DeepNesting(Random random)
    {
        var depth = new[] { 16, 64, 300, 3_000, 30_000 }[random.Next(5)];
        var query = random.Next(5) switch
        {
            0 => "{" + string.Concat(Enumerable.Repeat(" entities { nodes { mentionedIn { nodes { mentions {", depth / 5 + 1)) + " id" + new string('}', (depth / 5 + 1) * 5) + "}",
            1 => "{ cities(first: " + new string('[', depth) + "1" + new string(']', depth) + ") { nodes { id } } }",
            2 => "{ entities(where: " + string.Concat(Enumerable.Repeat("{and: [", depth)) + "{name: {eq: \"x\"}}" + string.Concat(Enumerable.Repeat("]}", depth)) + ") { nodes { id } } }",
            3 => "{ entities(where: " + string.Concat(Enumerable.Repeat("{mentionedIn: {some: {mentions: {some: ", Math.Min(depth, 400))) + "{name: {eq: \"x\"}}" + new string('}', Math.Min(depth, 400) * 4) + ") { nodes { id } } }",
            _ => new string('{', depth) + " __typename " + new string('}', random.Next(2) == 0 ? depth : depth / 2),
        };
        return new(new GraphQLPayload(query, null, null));
    }

    private FuzzRequestParts LongString(Random random)
    {
        var length = new[] { 1_000, 20_000, 99_000, 150_000, 600_000 }[random.Next(5)];
        var word = samples.Names[random.Next(samples.Names.Count)] + " ";
        var text = string.Concat(Enumerable.Repeat(word, length / word.Length + 1))[..length];
        return random.Next(4) switch
        {
            0 => new(new GraphQLPayload("query($t: String!) { search(text: $t) { score entity { id } } }", null, System.Text.Json.JsonSerializer.Serialize(new { t = text })), ForcePost: true),
            1 => new(new GraphQLPayload($"{{ cities(where: {{name: {{contains: {System.Text.Json.JsonSerializer.Serialize(text)}}}}}) {{ nodes {{ id }} }} }}", null, null)),
            2 => new(new GraphQLPayload("{ " + new string('a', Math.Min(length, 120_000)) + " }", null, null)),
            _ => new(new GraphQLPayload("{ " + new string('x', Math.Min(length, 120_000)) + ": __typename }", null, null)),
        };
    }

    private FuzzRequestParts WrongVariableTypes(Random random)
    {
        string[] wrong = ["\"text\"", "1.5", "true", "[1, 2]", "{\"x\": 1}", "null", "99999999999999999999", "1e400", "-0", "[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]", "{\"and\": {\"and\": {\"and\": null}}}", "\"\\ud800\""];
        var payload = Valid(random);
        var query = payload.Query;
        var names = Variables().Matches(query).Select(match => match.Groups[1].Value).Distinct().ToList();
        if (names.Count == 0)
        {
            query = "query($n: Int!, $ids: [ID!]!, $w: CityFilterInput) { cities(first: $n, where: $w) { nodes { id } } nodes(ids: $ids) { id } }";
            names = ["n", "ids", "w"];
        }

        var variables = names.Select(name => $"\"{name}\": {wrong[random.Next(wrong.Length)]}");
        var extra = random.Next(3) == 0 ? ", \"undeclared\": 1" : string.Empty;
        return new(new GraphQLPayload(query, payload.OperationName, "{" + string.Join(", ", variables) + extra + "}"), ForcePost: random.Next(2) == 0);
    }

    private FuzzRequestParts ManyOperations(Random random)
    {
        var count = new[] { 2, 10, 200 }[random.Next(3)];
        var text = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            var body = i % 7 == 0 ? Valid(random).Query : "{ __typename }";
            if (body.StartsWith("query ", StringComparison.Ordinal))
            {
                body = body[(body.IndexOf(' ', 6) + 1)..];
            }

            text.Append(random.Next(20) == 0 ? string.Empty : $"query Op{i} ").Append(body).Append('\n');
        }

        var operationName = random.Next(4) switch
        {
            0 => null,
            1 => "Op" + random.Next(count * 2),
            2 => "Op0",
            _ => "Missing",
        };
        return new(new GraphQLPayload(text.ToString(), operationName, null));
    }

    private FuzzRequestParts UnknownOperationName(Random random)
    {
        var payload = Valid(random);
        string[] names = ["Nope", "", " ", "Q\u202E", "\0", new string('N', 10_000), "query", "__schema"];
        return new(payload with { OperationName = names[random.Next(names.Length)] });
    }

    /// <summary>A mutation from the schema, with made-up arguments, and no key or a wrong one: always refused, never run.</summary>
    private FuzzRequestParts MutationWithoutKey(Random random)
    {
        if (schema.MutationType is not { } mutation)
        {
            return new(Valid(random));
        }

        var field = mutation.Fields[random.Next(mutation.Fields.Count)];
        var document = new DocumentBuilder(random, samples);
        var text = new StringBuilder("{ ");
        valid.AppendField(document, text, field, depth: 2, aliasPrefix: null);
        var payload = document.Finish(text.Append('}').ToString());
        payload = payload with { Query = "mutation " + payload.Query.Replace("query ", string.Empty, StringComparison.Ordinal) };
        IReadOnlyList<KeyValuePair<string, string>> headers = random.Next(3) switch
        {
            0 => [],
            1 => [KeyValuePair.Create("X-Api-Key", "wrong-key-" + random.Next(1000))],
            _ => [KeyValuePair.Create("X-Api-Key", string.Empty)],
        };
        return new(payload, headers);
    }

    private static FuzzRequestParts FragmentAbuse(Random random) => new(new GraphQLPayload(random.Next(4) switch
    {
        0 => "{ ...A } fragment A on Query { ...B } fragment B on Query { ...A }",
        1 => "{ ...A } fragment A on Query { ...A }",
        2 => "{ ...Missing }",
        _ => "{ ... on City { id } ...F } fragment F on NoSuchType { id } fragment F on Query { __typename }",
    }, null, null));

    private FuzzRequestParts DirectiveAbuse(Random random)
    {
        string[] directives = ["@skip(if: \"yes\")", "@include", "@deprecated", "@unknown", "@skip(if: true) @skip(if: false)", "@include(if: $undefined)", "@skip(if: null)", "@specifiedBy(url: \"x\")"];
        var payload = Valid(random);
        var at = payload.Query.IndexOf('{', StringComparison.Ordinal) + 1;
        var field = at > 0 ? payload.Query.IndexOf(' ', at + 1) : -1;
        var query = field > 0
            ? payload.Query[..field] + " " + directives[random.Next(directives.Length)] + payload.Query[field..]
            : payload.Query;
        return new(payload with { Query = query });
    }

    private static FuzzRequestParts IntrospectionDeep(Random random)
    {
        var levels = random.Next(1, 40);
        var ofType = string.Concat(Enumerable.Repeat("ofType { name kind ", levels)) + new string('}', levels);
        return new(new GraphQLPayload(random.Next(3) switch
        {
            0 => "{ __schema { types { name fields(includeDeprecated: true) { name args { name type { " + ofType + " } } type { " + ofType + " } } } } }",
            1 => "{ __type(name: \"" + new string('T', random.Next(1, 5_000)) + "\") { name fields { name } } }",
            _ => "{ __schema { types { possibleTypes { interfaces { possibleTypes { interfaces { possibleTypes { fields { type { fields { type { name } } } } } } } } } } } }",
        }, null, null));
    }

    private static FuzzRequestParts AliasFlood(Random random)
    {
        var count = new[] { 31, 100, 2_000 }[random.Next(3)];
        var field = random.Next(2) == 0 ? "__typename" : "cities(first: 1) { nodes { id } }";
        return new(new GraphQLPayload("{ " + string.Join(' ', Enumerable.Range(0, count).Select(i => $"a{i}: {field}")) + " }", null, null));
    }

    /// <summary>Each limit of the endpoint's README, just past it: page size, cost, ids, depth, conflicting fields.</summary>
    private FuzzRequestParts OverTheLimits(Random random)
    {
        var ids = string.Join(", ", Enumerable.Range(0, new[] { 501, 10_000 }[random.Next(2)]).Select(i => $"\"{samples.Ids[i % samples.Ids.Count]}\""));
        string[] queries =
        [
            "{ entities(first: 500) { nodes { mentionedIn(first: 500) { nodes { mentions(first: 500) { nodes { mentionedIn(first: 500) { nodes { id } } } } } } } } }",
            "{ cities(first: 501) { nodes { id } } }",
            "{ cities(last: 100000) { nodes { id } } }",
            "{ cities(first: -1) { nodes { id } } }",
            "{ cities(first: 0) { nodes { id } } }",
            "{ cities(first: 5, last: 5) { nodes { id } } }",
            "{ nodes(ids: [" + ids + "]) { id } }",
            "{ cities(first: 1) { nodes { id } } cities(first: 2) { nodes { id } } }",
            "{ entities { nodes { mentionedIn { nodes { mentions { nodes { mentionedIn { nodes { mentions { nodes { mentionedIn { nodes { id } } } } } } } } } } } } }",
        ];
        return new(new GraphQLPayload(queries[random.Next(queries.Length)], null, null));
    }

    private static FuzzRequestParts ForgedCursor(Random random)
    {
        string[] cursors =
        [
            "b2Zmc2V0Oi0x", "b2Zmc2V0Ojk5OTk5OTk5OTk5OTk5OTk5OTk5", "not base64!", "", "====", "b2Zmc2V0OmFiYw==", "AAAA",
            Convert.ToBase64String(Encoding.UTF8.GetBytes("offset:1; MATCH (n) DETACH DELETE n")), Convert.ToBase64String([0xFF, 0xFE, 0x00, 0xD8]),
        ];
        var side = random.Next(2) == 0 ? "first: 3, after" : "last: 3, before";
        return new(new GraphQLPayload($"query($c: String) {{ entities({side}: $c) {{ nodes {{ id }} pageInfo {{ endCursor }} }} }}", null, System.Text.Json.JsonSerializer.Serialize(new { c = cursors[random.Next(cursors.Length)] })));
    }

    private FuzzRequestParts SubgraphBounds(Random random)
    {
        var id = samples.Ids[random.Next(samples.Ids.Count)];
        string[] queries =
        [
            $"{{ neighborhood(id: \"{id}\", depth: {random.Next(-5, 50)}, limit: {random.Next(-10, 5000)}) {{ nodes {{ id }} edges {{ id }} }} }}",
            $"{{ path(from: \"{id}\", to: \"{samples.Ids[random.Next(samples.Ids.Count)]}\", maxLength: {random.Next(-3, 40)}) {{ nodes {{ id }} }} }}",
            $"{{ neighborhood(id: \"{id}\", types: [NO_SUCH_TYPE]) {{ nodes {{ id }} }} }}",
            "query($t: [RelationshipType!]) { neighborhood(id: \"x\", types: $t) { nodes { id } } }",
            $"{{ path(from: \"{id}\", to: \"{id}\") {{ nodes {{ id }} }} }}",
            "{ node(id: \"\") { id } nodes(ids: []) { id } }",
        ];
        return new(new GraphQLPayload(queries[random.Next(queries.Length)], null, random.Next(2) == 0 ? "{\"t\": [\"TWINNED_WITH\", \"X\"]}" : null));
    }

    private static FuzzRequestParts SearchJunk(Random random)
    {
        var text = new StringBuilder();
        for (var length = random.Next(0, 300); length > 0; length--)
        {
            text.Append(random.Next(4) == 0 ? Unicode[random.Next(Unicode.Length)] : ((char)random.Next(0x20, 0x700)).ToString());
        }

        return new(new GraphQLPayload(
            "query($t: String!, $n: Int) { search(text: $t, first: $n) { score matched entity { id } } }",
            null,
            System.Text.Json.JsonSerializer.Serialize(new { t = text.ToString(), n = random.Next(-1, 120) })), ForcePost: true);
    }

    [GeneratedRegex("""[_A-Za-z][_0-9A-Za-z]*|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|"(?:[^"\\]|\\.)*"|\.\.\.|[!$()\[\]{}:=@|&]|\S""")]
    private static partial Regex Tokens();

    [GeneratedRegex("""(?<![_A-Za-z"])-?\d+(?:\.\d+)?""")]
    private static partial Regex Numbers();

    [GeneratedRegex("""\$([_A-Za-z][_0-9A-Za-z]*)""")]
    private static partial Regex Variables();
}

/// <summary>What a mutation makes: the payload, extra headers, and whether it must be a POST (variables a GET cannot carry well).</summary>
internal sealed record FuzzRequestParts(GraphQLPayload Payload, IReadOnlyList<KeyValuePair<string, string>>? Headers = null, bool ForcePost = false);
