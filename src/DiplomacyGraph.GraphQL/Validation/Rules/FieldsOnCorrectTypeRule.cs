using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Field-Selections — every field selected is defined on
/// the type it is selected on. The error suggests types to spread on (for an abstract type whose
/// possible types have the field) or, failing that, fields with a similar name.
/// </summary>
public sealed class FieldsOnCorrectTypeRule : IValidationRule
{
    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        public override bool EnterField(FieldNode node)
        {
            if (context.ParentType is not { } type || context.FieldDef is not null)
            {
                return true;
            }

            var fieldName = node.Name.Value;
            var suggestion = DidYouMean.Format(
                "to use an inline fragment on",
                context.HideSuggestions ? [] : SuggestedTypeNames(context.Schema, type, fieldName));
            if (suggestion.Length == 0)
            {
                // No type to spread on has the field: perhaps it is a typo.
                suggestion = DidYouMean.Format(context.HideSuggestions ? [] : SuggestedFieldNames(type, fieldName));
            }

            context.ReportError(new GraphQLError($"Cannot query field \"{fieldName}\" on type \"{type.Name}\"." + suggestion, [node]));
            return true;
        }

        /// <summary>
        /// The object and interface types among an abstract type's possible types that define the
        /// field: the most widely shared first, then interfaces before the types implementing them.
        /// </summary>
        private static List<string> SuggestedTypeNames(GraphQLSchema schema, GraphQLNamedType type, string fieldName)
        {
            if (type is not IGraphQLAbstractType abstractType)
            {
                // An object type has no possible types other than itself.
                return [];
            }

            var suggestedTypes = new List<GraphQLImplementingType>();
            var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
            foreach (var possibleType in schema.GetPossibleTypes(abstractType))
            {
                if (possibleType.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!usageCount.ContainsKey(possibleType.Name))
                {
                    suggestedTypes.Add(possibleType);
                }

                usageCount[possibleType.Name] = 1;
                foreach (var possibleInterface in possibleType.Interfaces)
                {
                    if (possibleInterface.GetField(fieldName) is null)
                    {
                        continue;
                    }

                    if (usageCount.TryGetValue(possibleInterface.Name, out var count))
                    {
                        usageCount[possibleInterface.Name] = count + 1;
                    }
                    else
                    {
                        suggestedTypes.Add(possibleInterface);
                        usageCount[possibleInterface.Name] = 1;
                    }
                }
            }

            suggestedTypes.Sort((typeA, typeB) =>
            {
                var usageCountDifference = usageCount[typeB.Name] - usageCount[typeA.Name];
                if (usageCountDifference != 0)
                {
                    return usageCountDifference;
                }

                // Super types before their subtypes.
                if (typeA is GraphQLInterfaceType interfaceA && schema.IsSubType(interfaceA, typeB))
                {
                    return -1;
                }

                if (typeB is GraphQLInterfaceType interfaceB && schema.IsSubType(interfaceB, typeA))
                {
                    return 1;
                }

                return SuggestionList.NaturalCompare(typeA.Name, typeB.Name);
            });

            var names = new List<string>(suggestedTypes.Count);
            foreach (var suggestedType in suggestedTypes)
            {
                names.Add(suggestedType.Name);
            }

            return names;
        }

        private static IReadOnlyList<string> SuggestedFieldNames(GraphQLNamedType type, string fieldName) =>
            type is GraphQLImplementingType implementing
                ? SuggestionList.For(fieldName, implementing.Fields.Keys)
                // A union defines no fields of its own.
                : [];
    }
}
