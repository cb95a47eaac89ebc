using System.Text.Json;
using System.Text.Json.Nodes;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Execution;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
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
        PlainJson.Parse(File.ReadAllText(CorpusPaths.Data)));

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

    /// <summary>An execution result as JSON, written as the HTTP layer writes it: errors, then data.</summary>
    public static JsonNode ResultToJson(ExecutionResult result)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            if (result.Errors is { } errors)
            {
                writer.WritePropertyName("errors");
                WriteErrors(writer, errors);
            }

            if (result.HasData)
            {
                writer.WritePropertyName("data");
                PlainJson.Write(writer, result.Data);
            }

            writer.WriteEndObject();
        }

        return JsonNode.Parse(buffer.ToArray())!;
    }

    private static JsonObject Outcome(string verdict, string key, JsonNode value) => new() { ["verdict"] = verdict, [key] = value };

    private static JsonNode ErrorsToJson(IReadOnlyList<GraphQLError> errors)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            WriteErrors(writer, errors);
        }

        return JsonNode.Parse(buffer.ToArray())!;
    }

    /// <summary>graphql-js's <c>GraphQLError.toJSON</c>: message, locations, path, extensions, each only when present.</summary>
    private static void WriteErrors(Utf8JsonWriter writer, IReadOnlyList<GraphQLError> errors)
    {
        writer.WriteStartArray();
        foreach (var error in errors)
        {
            writer.WriteStartObject();
            writer.WriteString("message", error.Message);
            if (error.Locations is { Count: > 0 } locations)
            {
                writer.WriteStartArray("locations");
                foreach (var location in locations)
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("line", location.Line);
                    writer.WriteNumber("column", location.Column);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            }

            if (error.Path is { } path)
            {
                writer.WritePropertyName("path");
                PlainJson.Write(writer, path);
            }

            if (error.Extensions is { Count: > 0 } extensions)
            {
                writer.WritePropertyName("extensions");
                PlainJson.Write(writer, extensions);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }
}
