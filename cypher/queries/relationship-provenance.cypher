// Question:   Which articles, and which sentences in them, state the relationships between two
//             entities?
// Parameters: $from, $to  English or Arabic names or aliases of the two entities, in either
//                         order ("Tacoma", "Fuzhou").
// Returns:    one row per relationship and evidence span: type, properties (the relationship's
//             own properties, provenance left out), article (id), articleTitle, span
//             ("articleId:start-end"), quote (the sentence, null when loaded without the
//             corpus); ordered by type, span. MENTIONS are left out.
// Example:    {from: "Tacoma", to: "Fuzhou"} -> TWINNED_WITH {since: "1994"}, article
//             001_b4110a3c5ae23741, with the sentence stating the twinning.
MATCH (first:Entity), (second:Entity)
WHERE $from IN ([first.name, first.nameAr] + coalesce(first.aliases, []))
  AND $to IN ([second.name, second.nameAr] + coalesce(second.aliases, []))
MATCH (first)-[relationship]-(second)
WHERE type(relationship) <> 'MENTIONS'
UNWIND range(0, size(relationship.evidence) - 1) AS index
WITH relationship, relationship.evidence[index] AS span, relationship.evidenceQuotes[index] AS quote
MATCH (article:Article {id: split(span, ':')[0]})
RETURN type(relationship) AS type,
       [key IN keys(relationship) WHERE NOT key IN ['id', 'sources', 'evidence', 'evidenceQuotes'] | [key, relationship[key]]] AS properties,
       article.id AS article,
       article.title AS articleTitle,
       span,
       quote
ORDER BY type, span
