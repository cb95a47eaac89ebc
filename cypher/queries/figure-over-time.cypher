// Question:   How has a figure about two entities changed over time, and which article states
//             each value? (e.g. the number of China-US sister province/state and city pairs)
// Parameters: $about1, $about2  English or Arabic names or aliases of the two entities the
//                               figure is about ("China", "United States");
//             $unit             the figure's unit ("pairs").
// Returns:    one row per figure: asOf (ISO date string), value (number), qualifier (exact |
//             more_than | about), metric, article (the source article id), publishedOn, quote
//             (the sentence stating it, null when loaded without the corpus); ordered by asOf.
// Example:    {about1: "China", about2: "United States", unit: "pairs"} -> 284 as of
//             2023-11-06 (article 000_...), 286 as of 2024-07-19 (article 001_...).
MATCH (first:Entity), (second:Entity)
WHERE $about1 IN ([first.name, first.nameAr] + coalesce(first.aliases, []))
  AND $about2 IN ([second.name, second.nameAr] + coalesce(second.aliases, []))
MATCH (first)<-[:ABOUT]-(figure:Statistic)-[:ABOUT]->(second)
WHERE figure.unit = $unit
MATCH (article:Article {id: figure.sources[0]})
RETURN figure.asOf AS asOf,
       figure.value AS value,
       figure.qualifier AS qualifier,
       figure.metric AS metric,
       article.id AS article,
       article.publishedOn AS publishedOn,
       figure.evidenceQuotes[0] AS quote
ORDER BY asOf
