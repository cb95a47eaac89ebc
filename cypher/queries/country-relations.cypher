// Question:   How are two countries related: diplomatic relations (since when), partnership
//             level, trade and support?
// Parameters: $country1, $country2  English or Arabic names or aliases ("China", "Kazakhstan").
// Returns:    one row per relationship between them (either direction): type, direction
//             ("->" from $country1 to $country2, "<-" the other way, "--" symmetric), since,
//             level, levelAr, sources; ordered by type.
// Example:    {country1: "China", country2: "Kazakhstan"} -> PARTNERSHIP at the level of a
//             permanent comprehensive strategic partnership, DIPLOMATIC_RELATIONS,
//             LARGEST_TRADING_PARTNER (China -> Kazakhstan), SUPPORTS (BRICS accession).
MATCH (first:Country), (second:Country)
WHERE $country1 IN ([first.name, first.nameAr] + coalesce(first.aliases, []))
  AND $country2 IN ([second.name, second.nameAr] + coalesce(second.aliases, []))
MATCH (first)-[relationship]-(second)
RETURN type(relationship) AS type,
       CASE
         WHEN type(relationship) IN ['TWINNED_WITH', 'DIPLOMATIC_RELATIONS', 'PARTNERSHIP'] THEN '--'
         WHEN startNode(relationship) = first THEN '->'
         ELSE '<-'
       END AS direction,
       relationship.since AS since,
       relationship.level AS level,
       relationship.levelAr AS levelAr,
       relationship.sources AS sources
ORDER BY type
