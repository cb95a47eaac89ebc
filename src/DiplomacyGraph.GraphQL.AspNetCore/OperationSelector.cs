using DiplomacyGraph.GraphQL.Language.Ast;

namespace DiplomacyGraph.GraphQL.AspNetCore;

/// <summary>
/// Finds the operation a request will run, before execution, so the endpoint can refuse a
/// mutation over GET and ask the authorization hook about the right operation type
/// (https://spec.graphql.org/October2021/#GetOperation()).
/// </summary>
internal static class OperationSelector
{
    /// <summary>
    /// The operation named <paramref name="operationName"/>, or the only one when no name is
    /// given; null when there is no such operation or the choice is ambiguous, which execution
    /// then reports with the spec's error.
    /// </summary>
    public static OperationDefinitionNode? Find(DocumentNode document, string? operationName)
    {
        OperationDefinitionNode? found = null;
        foreach (var definition in document.Definitions)
        {
            if (definition is not OperationDefinitionNode operation)
            {
                continue;
            }

            if (operationName is null)
            {
                if (found is not null)
                {
                    return null;
                }

                found = operation;
            }
            else if (operation.Name?.Value == operationName)
            {
                return operation;
            }
        }

        return found;
    }
}
