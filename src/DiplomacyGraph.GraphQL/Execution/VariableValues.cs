using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Execution;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Coercing-Variable-Values — the request's variables
/// coerced to the operation's declared types (graphql-js's <c>getVariableValues</c>). Problems are
/// request errors: the operation does not run.
/// </summary>
public static class VariableValues
{
    /// <summary>graphql-js's default <c>maxCoercionErrors</c>: past this many, coercion stops.</summary>
    public const int MaxErrors = 50;

    public static IReadOnlyDictionary<string, object?> Coerce(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        out IReadOnlyList<GraphQLError> errors)
    {
        var found = new ErrorList();
        try
        {
            return CoerceAll(schema, definitions, inputs, found);
        }
        catch (TooManyErrorsException)
        {
            found.AddAbort(new GraphQLError("Too many errors processing variables, error limit reached. Execution aborted."));
            return new Dictionary<string, object?>();
        }
        finally
        {
            errors = found.Errors;
        }
    }

    private static Dictionary<string, object?> CoerceAll(
        GraphQLSchema schema,
        IReadOnlyList<VariableDefinitionNode> definitions,
        IReadOnlyDictionary<string, object?>? inputs,
        ErrorList found)
    {
        var coerced = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var name = definition.Variable.Name.Value;
            var type = TypeFromAst.Get(schema, definition.Type);
            if (type is null || !type.IsInputType())
            {
                found.Add(new GraphQLError(
                    $"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.",
                    [definition.Type]));
                continue;
            }

            if (inputs is null || !inputs.TryGetValue(name, out var value))
            {
                if (definition.DefaultValue is not null)
                {
                    coerced[name] = ValueFromAst.Coerce(definition.DefaultValue, type);
                }
                else if (type is GraphQLNonNull)
                {
                    found.Add(new GraphQLError($"Variable \"${name}\" of required type \"{type}\" was not provided.", [definition]));
                }

                continue;
            }

            if (value is null && type is GraphQLNonNull)
            {
                found.Add(new GraphQLError($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", [definition]));
                continue;
            }

            coerced[name] = CoerceInputValue.Coerce(value, type, (path, invalidValue, error) =>
            {
                var prefix = $"Variable \"${name}\" got invalid value {Inspect.Value(invalidValue)}";
                if (path.Count > 0)
                {
                    prefix += $" at \"{name}{CoerceInputValue.PrintPath(path)}\"";
                }

                found.Add(new GraphQLError(prefix + "; " + error.Message, [definition], extensions: error.Extensions, originalError: error.OriginalError));
            });
        }

        return coerced;
    }

    /// <summary>Collects errors and stops coercion once <see cref="MaxErrors"/> have been found, as graphql-js does.</summary>
    private sealed class ErrorList
    {
        private readonly List<GraphQLError> _errors = [];

        public IReadOnlyList<GraphQLError> Errors => _errors;

        public void Add(GraphQLError error)
        {
            if (_errors.Count >= MaxErrors)
            {
                throw new TooManyErrorsException();
            }

            _errors.Add(error);
        }

        public void AddAbort(GraphQLError error) => _errors.Add(error);
    }

    private sealed class TooManyErrorsException : Exception;
}
