using System.Text;
using DiplomacyGraph.GraphQL.Errors;
using DiplomacyGraph.GraphQL.Language.Ast;
using DiplomacyGraph.GraphQL.Types;
using DiplomacyGraph.GraphQL.Utilities;

namespace DiplomacyGraph.GraphQL.Validation.Rules;

/// <summary>
/// https://spec.graphql.org/October2021/#sec-Field-Selection-Merging — fields that land on the
/// same response key, directly or through fragments, can be merged: same field and arguments
/// (unless their parents are different object types), types that do not conflict, and sub-fields
/// that merge in turn.
/// </summary>
/// <remarks>
/// graphql-js's algorithm: each selection set's fields are collected once and cached; fragments
/// are compared with fields and with each other once per (pair, exclusivity); field-pair verdicts
/// and printed argument values are cached. A complexity budget bounds the work, so a document
/// built to make the comparison quadratic aborts validation instead of pinning the CPU.
/// </remarks>
public sealed class OverlappingFieldsCanBeMergedRule : IValidationRule
{
    /// <summary>Keeps messages bounded whatever the document's size.</summary>
    private const int MaxConflictDetailLength = 1000;

    private const int MaxConflictNodes = 20;

    /// <summary>Work units (comparisons attempted) one document may cost.</summary>
    private const int MaxComplexityBudget = 500_000;

    public ValidationVisitor CreateVisitor(ValidationContext context) => new Visitor(context);

    private sealed class Visitor(ValidationContext context) : ValidationVisitor
    {
        private readonly ConflictFinder _finder = new(context);

        public override bool EnterSelectionSet(SelectionSetNode node, SyntaxNode parent)
        {
            // An inline fragment's fields are merged into the enclosing selection set's, and
            // compared there; their own sub-selections are visited on their own.
            if (parent is InlineFragmentNode)
            {
                return true;
            }

            var selections = node.Selections;
            if (selections.Count == 0 || (selections.Count == 1 && selections[0] is not InlineFragmentNode))
            {
                return true;
            }

            foreach (var conflict in _finder.FindConflictsWithinSelectionSet(context.ParentType, node))
            {
                var nodes = new List<SyntaxNode>(conflict.Fields1.Count + conflict.Fields2.Count);
                nodes.AddRange(conflict.Fields1);
                nodes.AddRange(conflict.Fields2);
                context.ReportError(new GraphQLError(
                    $"Fields \"{MaybeAbbreviate(conflict.ResponseName)}\" conflict because {conflict.Reason}. Use different aliases on the fields to fetch both if this was intentional.",
                    nodes));
            }

            return true;
        }
    }

    private static string MaybeAbbreviate(string text) =>
        text.Length > MaxConflictDetailLength ? text[..MaxConflictDetailLength] + "..." : text;

    /// <summary>Two sets of fields that cannot be merged under one response key, and why.</summary>
    private sealed record Conflict(string ResponseName, string Reason, List<FieldNode> Fields1, List<FieldNode> Fields2);

    /// <summary>A field as collected from a selection set, with the type it was selected on.</summary>
    private sealed class FieldDetails(GraphQLNamedType? parentType, FieldNode node, GraphQLField? definition)
    {
        public GraphQLNamedType? ParentType { get; } = parentType;

        public FieldNode Node { get; } = node;

        public GraphQLField? Definition { get; } = definition;

        /// <summary>No arguments and no sub-selection: two such fields of one name and type always merge.</summary>
        public bool IsSimpleLeaf { get; } = node.Arguments.Count == 0 && node.SelectionSet is null;

        /// <summary>Prepared only when the field overlaps another.</summary>
        public FieldInfo? Info { get; set; }
    }

    private sealed class FieldInfo(GraphQLNamedType? namedType, ArgumentInfo? arguments)
    {
        /// <summary>Verdicts against other fields: null when they merge, else the reason they do not.</summary>
        public Dictionary<FieldInfo, string?> Comparisons { get; } = new(ReferenceEqualityComparer.Instance);

        public GraphQLNamedType? NamedType { get; } = namedType;

        public ArgumentInfo? Arguments { get; } = arguments;

        public string? TypeString { get; set; }
    }

    private sealed class ArgumentInfo(IReadOnlyList<ArgumentNode> nodes)
    {
        public IReadOnlyList<ArgumentNode> Nodes { get; } = nodes;

        public Dictionary<string, ValueNode> Values { get; } = CreateValues(nodes);

        private static Dictionary<string, ValueNode> CreateValues(IReadOnlyList<ArgumentNode> nodes)
        {
            var values = new Dictionary<string, ValueNode>(nodes.Count, StringComparer.Ordinal);
            foreach (var node in nodes)
            {
                values[node.Name.Value] = node.Value;
            }

            return values;
        }
    }

    /// <summary>One overlap between two collections: the fields of each under a shared response key.</summary>
    private sealed record Overlap(string ResponseName, List<FieldDetails> Fields1, List<FieldDetails> Fields2);

    /// <summary>The fields of a selection set by response key (in order), and the fragments it spreads.</summary>
    private sealed class CollectFieldsResult
    {
        public List<KeyValuePair<string, List<FieldDetails>>> GroupedFieldSet { get; } = [];

        public Dictionary<string, List<FieldDetails>> FieldsByResponseName { get; } = new(StringComparer.Ordinal);

        public List<string> FragmentNames { get; } = [];

        /// <summary>Fragments already compared with these fields, and whether that was as mutually exclusive.</summary>
        public Dictionary<string, bool>? ComparedFragments { get; set; }

        public Dictionary<CollectFieldsResult, List<Overlap>>? OverlappingFields { get; set; }
    }

    /// <summary>The rule's state for one document: caches, the fragment pairs compared, the budget.</summary>
    private sealed class ConflictFinder(ValidationContext context)
    {
        private readonly FragmentPairSet _comparedFragmentPairs = new();
        private readonly Dictionary<SelectionSetNode, CollectFieldsResult> _collectedWithoutParent = new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<GraphQLNamedType, Dictionary<SelectionSetNode, CollectFieldsResult>> _collectedByParent =
            new(ReferenceEqualityComparer.Instance);
        private readonly Dictionary<ValueNode, string> _stringifiedValues = new(ReferenceEqualityComparer.Instance);
        private int _remainingComplexityBudget = MaxComplexityBudget;

        public List<Conflict> FindConflictsWithinSelectionSet(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
        {
            var conflicts = new List<Conflict>();
            var collected = CollectFields(parentType, selectionSet);

            // (A) Conflicts among this selection set's own fields.
            CollectConflictsWithin(conflicts, collected);

            // Compare fragment spreads only with fields or with another spread.
            var fragmentNames = collected.FragmentNames;
            if (fragmentNames.Count != 0 && (collected.GroupedFieldSet.Count != 0 || fragmentNames.Count > 1))
            {
                for (var i = 0; i < fragmentNames.Count; i++)
                {
                    // (B) Between these fields and each fragment spread here.
                    CollectConflictsBetweenFieldsAndFragment(conflicts, false, collected, fragmentNames[i]);

                    // (C) Between each pair of fragments spread here.
                    for (var j = i + 1; j < fragmentNames.Count; j++)
                    {
                        CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
                    }
                }
            }

            return conflicts;
        }

        /// <summary>Between a collection of fields and a fragment, including fragments it spreads.</summary>
        private void CollectConflictsBetweenFieldsAndFragment(
            List<Conflict> conflicts,
            bool areMutuallyExclusive,
            CollectFieldsResult collected,
            string fragmentName)
        {
            // Count attempts even when an empty collection or the cache skips them.
            SpendComplexityBudget(1);
            if (collected.GroupedFieldSet.Count == 0)
            {
                return;
            }

            var comparedFragments = collected.ComparedFragments ??= new Dictionary<string, bool>(StringComparer.Ordinal);
            if (comparedFragments.TryGetValue(fragmentName, out var comparedAsExclusive)
                && (!comparedAsExclusive || areMutuallyExclusive))
            {
                // Only a comparison as mutually exclusive may need repeating, for overlapping parents.
                return;
            }

            comparedFragments[fragmentName] = areMutuallyExclusive;
            if (context.GetFragment(fragmentName) is not { } fragment)
            {
                return;
            }

            var fragmentCollected = CollectFragmentFields(fragment);
            if (ReferenceEquals(collected, fragmentCollected))
            {
                return;
            }

            // (D) Between the fields and the fragment's fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected, fragmentCollected);

            // (E) Between the fields and the fragments the fragment spreads.
            foreach (var referencedFragmentName in fragmentCollected.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected, referencedFragmentName);
            }
        }

        /// <summary>Between two fragments, including fragments they spread.</summary>
        private void CollectConflictsBetweenFragments(
            List<Conflict> conflicts,
            bool areMutuallyExclusive,
            string fragmentName1,
            string fragmentName2)
        {
            SpendComplexityBudget(2);
            if (fragmentName1 == fragmentName2
                || _comparedFragmentPairs.Has(fragmentName1, fragmentName2, areMutuallyExclusive))
            {
                return;
            }

            _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
            if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
            {
                return;
            }

            var collected1 = CollectFragmentFields(fragment1);
            var collected2 = CollectFragmentFields(fragment2);

            // (F) Between the two fragments' own fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);

            // (G) Between each fragment and the fragments the other spreads.
            foreach (var referencedFragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, referencedFragmentName2);
            }

            foreach (var referencedFragmentName1 in collected1.FragmentNames)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, referencedFragmentName1, fragmentName2);
            }
        }

        /// <summary>Between the sub-selections of two fields that share a response key.</summary>
        private List<Conflict> FindConflictsBetweenSubSelectionSets(
            bool areMutuallyExclusive,
            GraphQLNamedType? parentType1,
            SelectionSetNode selectionSet1,
            GraphQLNamedType? parentType2,
            SelectionSetNode selectionSet2)
        {
            var conflicts = new List<Conflict>();
            var collected1 = CollectFields(parentType1, selectionSet1);
            var collected2 = CollectFields(parentType2, selectionSet2);

            // (H) Between the two collections of fields.
            CollectConflictsBetween(conflicts, areMutuallyExclusive, collected1, collected2);

            // (I) Between each collection of fields and the fragments the other spreads.
            foreach (var fragmentName2 in collected2.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected1, fragmentName2);
            }

            foreach (var fragmentName1 in collected1.FragmentNames)
            {
                CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, collected2, fragmentName1);
            }

            // (J) Between every fragment spread by the first and every fragment spread by the second.
            foreach (var fragmentName1 in collected1.FragmentNames)
            {
                foreach (var fragmentName2 in collected2.FragmentNames)
                {
                    CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, fragmentName2);
                }
            }

            return conflicts;
        }

        private void CollectConflictsWithin(List<Conflict> conflicts, CollectFieldsResult collected)
        {
            foreach (var (responseName, fields) in collected.GroupedFieldSet)
            {
                for (var i = 0; i < fields.Count; i++)
                {
                    for (var j = i + 1; j < fields.Count; j++)
                    {
                        if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        /// <summary>
        /// Between two collections of fields, each already checked within itself (every selection
        /// set is visited on its own).
        /// </summary>
        private void CollectConflictsBetween(
            List<Conflict> conflicts,
            bool parentFieldsAreMutuallyExclusive,
            CollectFieldsResult collected1,
            CollectFieldsResult collected2)
        {
            if (collected1.GroupedFieldSet.Count == 0 || collected2.GroupedFieldSet.Count == 0)
            {
                return;
            }

            foreach (var overlap in GetOverlappingFields(collected1, collected2))
            {
                foreach (var field1 in overlap.Fields1)
                {
                    foreach (var field2 in overlap.Fields2)
                    {
                        if (FindConflict(parentFieldsAreMutuallyExclusive, overlap.ResponseName, field1, field2) is { } conflict)
                        {
                            conflicts.Add(conflict);
                        }
                    }
                }
            }
        }

        private List<Overlap> GetOverlappingFields(CollectFieldsResult collected1, CollectFieldsResult collected2)
        {
            var byCollection = collected1.OverlappingFields ??= new Dictionary<CollectFieldsResult, List<Overlap>>(ReferenceEqualityComparer.Instance);
            if (byCollection.TryGetValue(collected2, out var cached))
            {
                return cached;
            }

            var overlaps = new List<Overlap>();
            foreach (var (responseName, fields1) in collected1.GroupedFieldSet)
            {
                SpendComplexityBudget(1);
                if (collected2.FieldsByResponseName.TryGetValue(responseName, out var fields2))
                {
                    overlaps.Add(new Overlap(responseName, fields1, fields2));
                }
            }

            byCollection[collected2] = overlaps;
            return overlaps;
        }

        /// <summary>Whether two fields under one response key conflict, their sub-fields included.</summary>
        private Conflict? FindConflict(
            bool parentFieldsAreMutuallyExclusive,
            string responseName,
            FieldDetails details1,
            FieldDetails details2)
        {
            var node1 = details1.Node;
            var node2 = details2.Node;

            // Fields whose parents are two different object types can never apply to one value, so
            // they may differ in field and arguments. Interfaces and unions might overlap (if not
            // in this schema, then in a later version), so their fields may not.
            var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
                || (!ReferenceEquals(details1.ParentType, details2.ParentType)
                    && details1.ParentType is GraphQLObjectType
                    && details2.ParentType is GraphQLObjectType);

            SpendComplexityBudget(2);
            var type1 = details1.Definition?.Type;
            var type2 = details2.Definition?.Type;
            if (details1.IsSimpleLeaf && details2.IsSimpleLeaf && ReferenceEquals(type1, type2) && node1.Name.Value == node2.Name.Value)
            {
                return null;
            }

            if (!areMutuallyExclusive)
            {
                var info1 = GetFieldInfo(details1);
                var info2 = GetFieldInfo(details2);
                if (!info1.Comparisons.TryGetValue(info2, out var reason))
                {
                    var name1 = node1.Name.Value;
                    var name2 = node2.Name.Value;
                    reason = name1 != name2
                        ? $"\"{MaybeAbbreviate(name1)}\" and \"{MaybeAbbreviate(name2)}\" are different fields"
                        : SameArguments(info1.Arguments, info2.Arguments) ? null : "they have differing arguments";
                    info1.Comparisons[info2] = reason;
                }

                if (reason is not null)
                {
                    return new Conflict(responseName, reason, [node1], [node2]);
                }
            }

            if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
            {
                var info1 = GetFieldInfo(details1);
                var info2 = GetFieldInfo(details2);
                var typeString1 = info1.TypeString ??= type1.ToString();
                var typeString2 = info2.TypeString ??= type2.ToString();
                return new Conflict(responseName, $"they return conflicting types \"{typeString1}\" and \"{typeString2}\"", [node1], [node2]);
            }

            if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
            {
                var subConflicts = FindConflictsBetweenSubSelectionSets(
                    areMutuallyExclusive,
                    GetFieldInfo(details1).NamedType,
                    selectionSet1,
                    GetFieldInfo(details2).NamedType,
                    selectionSet2);
                return SubfieldConflicts(subConflicts, responseName, node1, node2);
            }

            return null;
        }

        private static FieldInfo GetFieldInfo(FieldDetails details) =>
            details.Info ??= new FieldInfo(
                details.Definition?.Type?.GetNamedType(),
                details.Node.Arguments.Count == 0 ? null : new ArgumentInfo(details.Node.Arguments));

        private bool SameArguments(ArgumentInfo? arguments1, ArgumentInfo? arguments2)
        {
            if (arguments1 is null)
            {
                return arguments2 is null;
            }

            if (arguments2 is null || arguments1.Nodes.Count != arguments2.Nodes.Count)
            {
                return false;
            }

            foreach (var argument1 in arguments1.Nodes)
            {
                SpendComplexityBudget(1);
                if (!arguments2.Values.TryGetValue(argument1.Name.Value, out var value2)
                    || StringifyValue(argument1.Value) != StringifyValue(value2))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A canonical text of a value: equal for values written the same way, object fields in name order.</summary>
        private string StringifyValue(ValueNode value)
        {
            if (!_stringifiedValues.TryGetValue(value, out var text))
            {
                var builder = new StringBuilder();
                AppendCanonical(builder, value);
                text = builder.ToString();
                _stringifiedValues[value] = text;
            }

            return text;
        }

        private static void AppendCanonical(StringBuilder builder, ValueNode value)
        {
            switch (value)
            {
                case VariableNode variable:
                    builder.Append('$').Append(variable.Name.Value);
                    break;
                case IntValueNode intValue:
                    builder.Append("i:").Append(intValue.Value);
                    break;
                case FloatValueNode floatValue:
                    builder.Append("f:").Append(floatValue.Value);
                    break;
                case StringValueNode stringValue:
                    // A block string and a quoted string are different values to graphql-js.
                    builder.Append(stringValue.Block ? "b:" : "s:").Append(Inspect.JsonString(stringValue.Value));
                    break;
                case BooleanValueNode booleanValue:
                    builder.Append(booleanValue.Value ? "true" : "false");
                    break;
                case NullValueNode:
                    builder.Append("null");
                    break;
                case EnumValueNode enumValue:
                    builder.Append("e:").Append(enumValue.Value);
                    break;
                case ListValueNode list:
                    builder.Append('[');
                    for (var i = 0; i < list.Values.Count; i++)
                    {
                        if (i > 0)
                        {
                            builder.Append(',');
                        }

                        AppendCanonical(builder, list.Values[i]);
                    }

                    builder.Append(']');
                    break;
                case ObjectValueNode obj:
                    var fields = new List<ObjectFieldNode>(obj.Fields);
                    // Stable, ordinal by name: as JavaScript's sort with '<' on the names.
                    var ordered = fields.OrderBy(static field => field.Name.Value, StringComparer.Ordinal);
                    builder.Append('{');
                    var first = true;
                    foreach (var field in ordered)
                    {
                        if (!first)
                        {
                            builder.Append(',');
                        }

                        first = false;
                        builder.Append(field.Name.Value).Append(':');
                        AppendCanonical(builder, field.Value);
                    }

                    builder.Append('}');
                    break;
            }
        }

        /// <summary>
        /// Two types conflict when no value could be of both. Composite types are left to their
        /// fields' comparison; list and non-null wrappers must match.
        /// </summary>
        private bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
        {
            if (ReferenceEquals(type1, type2))
            {
                return false;
            }

            SpendComplexityBudget(1);
            if (type1 is GraphQLList list1)
            {
                return type2 is not GraphQLList list2 || DoTypesConflict(list1.OfType, list2.OfType);
            }

            if (type2 is GraphQLList)
            {
                return true;
            }

            if (type1 is GraphQLNonNull nonNull1)
            {
                return type2 is not GraphQLNonNull nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
            }

            if (type2 is GraphQLNonNull)
            {
                return true;
            }

            if (type1.IsLeafType() || type2.IsLeafType())
            {
                return !ReferenceEquals(type1, type2);
            }

            return false;
        }

        private CollectFieldsResult CollectFields(GraphQLNamedType? parentType, SelectionSetNode selectionSet)
        {
            // A document built in code may share one selection set between parent types; their
            // field definitions differ, so the cache is per parent type.
            Dictionary<SelectionSetNode, CollectFieldsResult> bySelectionSet;
            if (parentType is null)
            {
                bySelectionSet = _collectedWithoutParent;
            }
            else if (!_collectedByParent.TryGetValue(parentType, out bySelectionSet!))
            {
                bySelectionSet = new Dictionary<SelectionSetNode, CollectFieldsResult>(ReferenceEqualityComparer.Instance);
                _collectedByParent[parentType] = bySelectionSet;
            }

            if (bySelectionSet.TryGetValue(selectionSet, out var cached))
            {
                return cached;
            }

            var collected = new CollectFieldsResult();
            var fragmentNames = new HashSet<string>(StringComparer.Ordinal);
            CollectFieldsInto(parentType, selectionSet, collected, fragmentNames);
            bySelectionSet[selectionSet] = collected;
            return collected;
        }

        private CollectFieldsResult CollectFragmentFields(FragmentDefinitionNode fragment) =>
            CollectFields(TypeFromAst.Get(context.Schema, fragment.TypeCondition) as GraphQLNamedType, fragment.SelectionSet);

        private void CollectFieldsInto(
            GraphQLNamedType? parentType,
            SelectionSetNode selectionSet,
            CollectFieldsResult collected,
            HashSet<string> fragmentNames)
        {
            foreach (var selection in selectionSet.Selections)
            {
                switch (selection)
                {
                    case FieldNode field:
                        var definition = parentType is GraphQLImplementingType implementing ? implementing.GetField(field.Name.Value) : null;
                        var responseName = field.ResponseKey;
                        if (!collected.FieldsByResponseName.TryGetValue(responseName, out var fields))
                        {
                            fields = [];
                            collected.FieldsByResponseName[responseName] = fields;
                            collected.GroupedFieldSet.Add(new(responseName, fields));
                        }

                        fields.Add(new FieldDetails(parentType, field, definition));
                        break;
                    case FragmentSpreadNode spread:
                        if (fragmentNames.Add(spread.Name.Value))
                        {
                            collected.FragmentNames.Add(spread.Name.Value);
                        }

                        break;
                    case InlineFragmentNode inline:
                        var inlineType = inline.TypeCondition is { } typeCondition
                            ? TypeFromAst.Get(context.Schema, typeCondition) as GraphQLNamedType
                            : parentType;
                        CollectFieldsInto(inlineType, inline.SelectionSet, collected, fragmentNames);
                        break;
                }
            }
        }

        /// <summary>Sub-field conflicts of two fields, summed up as one conflict of the fields themselves.</summary>
        private static Conflict? SubfieldConflicts(List<Conflict> conflicts, string responseName, FieldNode node1, FieldNode node2)
        {
            if (conflicts.Count == 0)
            {
                return null;
            }

            var message = new StringBuilder();
            foreach (var conflict in conflicts)
            {
                if (message.Length > 0)
                {
                    message.Append(" and ");
                }

                message.Append("subfields \"").Append(MaybeAbbreviate(conflict.ResponseName)).Append("\" conflict because ").Append(conflict.Reason);
                if (message.Length > MaxConflictDetailLength)
                {
                    break;
                }
            }

            return new Conflict(
                responseName,
                MaybeAbbreviate(message.ToString()),
                CollectConflictNodes(node1, conflicts, first: true),
                CollectConflictNodes(node2, conflicts, first: false));
        }

        /// <summary>
        /// The enclosing field, then the fields of the sub-conflicts, at most twenty; when cut,
        /// the deeper fields are kept.
        /// </summary>
        private static List<FieldNode> CollectConflictNodes(FieldNode node, List<Conflict> conflicts, bool first)
        {
            var nodes = new List<FieldNode> { node };
            foreach (var conflict in conflicts)
            {
                var side = first ? conflict.Fields1 : conflict.Fields2;
                var remaining = MaxConflictNodes - nodes.Count;
                var start = Math.Max(0, side.Count - remaining);
                for (var i = start; i < side.Count; i++)
                {
                    nodes.Add(side[i]);
                }

                if (nodes.Count == MaxConflictNodes)
                {
                    break;
                }
            }

            return nodes;
        }

        private void SpendComplexityBudget(int cost)
        {
            _remainingComplexityBudget -= cost;
            if (_remainingComplexityBudget < 0)
            {
                throw new ValidationAbortedException();
            }
        }
    }

    /// <summary>
    /// Pairs of fragment names already compared, each remembered with whether the comparison was
    /// as mutually exclusive: a pair compared as not exclusive covers both cases.
    /// </summary>
    private sealed class FragmentPairSet
    {
        private readonly Dictionary<string, Dictionary<string, bool>> _data = new(StringComparer.Ordinal);

        public bool Has(string a, string b, bool areMutuallyExclusive) =>
            HasOneWay(a, b, areMutuallyExclusive) || HasOneWay(b, a, areMutuallyExclusive);

        public void Add(string a, string b, bool areMutuallyExclusive)
        {
            if (!_data.TryGetValue(a, out var map))
            {
                map = new Dictionary<string, bool>(StringComparer.Ordinal);
                _data[a] = map;
            }

            map[b] = areMutuallyExclusive;
        }

        private bool HasOneWay(string a, string b, bool areMutuallyExclusive) =>
            _data.TryGetValue(a, out var map)
            && map.TryGetValue(b, out var comparedAsExclusive)
            && (areMutuallyExclusive || !comparedAsExclusive);
    }
}
