// Question:   Which earlier editions did an event's series have, in order, and where were they
//             held?
// Parameters: $event  the edition's id, English or Arabic name or alias
//                     ("event-us-china-sister-cities-summit-6").
// Returns:    one row per earlier edition: series (English name), edition (integer or null),
//             event (English name), startDate, places (English names, sorted); ordered by
//             startDate then edition.
// Example:    {event: "event-us-china-sister-cities-summit-6"} -> 2014 Washington, D.C.,
//             2015 Chicago, 2016 Nanchang, 2019 Houston, 2023 Suzhou.
MATCH (current:Event)
WHERE current.id = $event OR $event IN ([current.name, current.nameAr] + coalesce(current.aliases, []))
MATCH (current)-[:PART_OF]->(series:Event)<-[:PART_OF]-(earlier:Event)
WHERE earlier <> current
  AND (earlier.startDate < current.startDate OR earlier.edition < current.edition)
OPTIONAL MATCH (earlier)-[:HELD_IN]->(place:Entity)
WITH series, earlier, place
ORDER BY place.name
RETURN series.name AS series,
       earlier.edition AS edition,
       earlier.name AS event,
       earlier.startDate AS startDate,
       collect(place.name) AS places
ORDER BY startDate, edition
