using System.Text.Json.Nodes;
using System.Text.Json;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Serialization;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;
using DiplomacyGraph.GraphQL.Validation;

namespace DiplomacyGraph.GraphQL.Tests.Conformance;

/// <summary>
/// Runs a corpus document through our engine the way differential.mjs runs it through graphql-js
/// (parse, validate, execute over data.json with the default resolvers) and describes the outcome
/// in the same JSON shape: <c>{verdict: "syntax"|"invalid", errors}</c> or <c>{verdict: "executed", result}</c>.
/// </summary>
internal sealed class OurEngine
{
    private OurEngine(GraphQLSchema schema, object? rootValue)
    {
        Schema = schema;
        RootValue = rootValue;
    }

    public GraphQLSchema Schema { get; }

    public object? RootValue { get; }

    public static OurEngine Load() => new(
        SchemaBuilder.FromDocument(Parser.Parse(File.ReadAllText(CorpusPaths.Schema))).Build(),
        JsonValueReader.Parse(File.ReadAllText(CorpusPaths.Data)));

    public async Task<JsonObject> RunAsync(CorpusDocument document)
    {
        DocumentNode parsed;
        try
        {
            parsed = Parser.Parse(document.Text);
        }
        catch (GraphQLSyntaxException exception)
        {
            return Outcome("syntax", "errors", ErrorsToJson([exception.Error]));
        }

        var validationErrors = Validator.Validate(Schema, parsed);
        if (validationErrors.Count > 0)
        {
            return Outcome("invalid", "errors", ErrorsToJson(validationErrors));
        }

        var result = await Executor.ExecuteAsync(new ExecutionArgs
        {
            Schema = Schema,
            Document = parsed,
            RootValue = RootValue,
            VariableValues = document.Variables,
            OperationName = document.OperationName,
        });
        return Outcome("executed", "result", ResultToJson(result));
    }

    /// <summary>An execution result as JSON, written by the engine's response writer — the bytes the HTTP endpoint sends.</summary>
    public static JsonNode ResultToJson(ExecutionResult result) => WriteJson(writer => ResponseJsonWriter.WriteResult(writer, result));

    private static JsonObject Outcome(string verdict, string key, JsonNode value) => new() { ["verdict"] = verdict, [key] = value };

    /// <summary>Request errors as the <c>errors</c> array of a response.</summary>
    private static JsonNode ErrorsToJson(IReadOnlyList<GraphQLError> errors)
    {
        var response = WriteJson(writer =>
        {
            writer.WriteStartObject();
            ResponseJsonWriter.WriteErrors(writer, errors);
            writer.WriteEndObject();
        });
        return response["errors"]!.DeepClone();
    }

    private static JsonNode WriteJson(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, ResponseJsonWriter.WriterOptions))
        {
            write(writer);
        }

        return JsonNode.Parse(buffer.ToArray())!;
    }
}
