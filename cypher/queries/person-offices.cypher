// Question:   Which offices does a person hold, where, and since/until when?
// Parameters: $person  English or Arabic name or alias ("Haifa Abu Ghazaleh", "هيفاء أبو غزالة").
// Returns:    one row per office: title, titleAr, body (English name of the country,
//             organization, city or subdivision), bodyLabel, since, until (ISO strings or
//             null), sources; ordered by body.
// Example:    {person: "Arken Imirbaki"} -> President of the China-Arab Friendship Association;
//             Vice Chairman of the NPC Standing Committee.
MATCH (person:Person)
WHERE $person IN ([person.name, person.nameAr] + coalesce(person.aliases, []))
MATCH (person)-[office:HOLDS_OFFICE]->(body:Entity)
RETURN office.title AS title,
       office.titleAr AS titleAr,
       body.name AS body,
       [label IN labels(body) WHERE label <> 'Entity'][0] AS bodyLabel,
       office.since AS since,
       office.until AS until,
       office.sources AS sources
ORDER BY body
