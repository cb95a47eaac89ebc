// Question:   How are two entities connected? The shortest chain of stated facts between them
//             (articles and MENTIONS are left out, so every step is a curated relation).
// Parameters: $from, $to  English or Arabic names or aliases ("Victoria Woodards", "Fujian").
// Returns:    at most one row: hops (number of relationships), names (the entities' English
//             names along the path), types (the relationship types along the path).
// Example:    {from: "Victoria Woodards", to: "Fujian"} -> Victoria Woodards -HOLDS_OFFICE-
//             Tacoma -TWINNED_WITH- Fuzhou -LOCATED_IN (or CAPITAL_OF)- Fujian: 3 hops.
MATCH (first:Entity), (second:Entity)
WHERE $from IN ([first.name, first.nameAr] + coalesce(first.aliases, []))
  AND $to IN ([second.name, second.nameAr] + coalesce(second.aliases, []))
  AND first <> second
MATCH path = shortestPath((first)-[*..8]-(second))
WHERE all(step IN relationships(path) WHERE type(step) <> 'MENTIONS')
  AND all(node IN nodes(path) WHERE node:Entity)
RETURN length(path) AS hops,
       [node IN nodes(path) | node.name] AS names,
       [step IN relationships(path) | type(step)] AS types
LIMIT 1
