// Question:   Which entities do two articles both mention, and how often each?
// Parameters: $article1, $article2  article ids (file stems, e.g. "000_2a62da6a5c15cfd4").
// Returns:    one row per entity mentioned by both: entity (English name), entityAr, label,
//             count1, count2 (mentions in each article); ordered by count1 + count2 descending,
//             then entity.
// Example:    {article1: "000_2a62da6a5c15cfd4", article2: "001_b4110a3c5ae23741"} -> China,
//             United States, the sister cities conference series, Suzhou's 5th conference, ...
MATCH (first:Article {id: $article1})-[mentions1:MENTIONS]->(entity:Entity)<-[mentions2:MENTIONS]-(second:Article {id: $article2})
RETURN entity.name AS entity,
       entity.nameAr AS entityAr,
       [label IN labels(entity) WHERE label <> 'Entity'][0] AS label,
       mentions1.count AS count1,
       mentions2.count AS count2
ORDER BY count1 + count2 DESC, entity
