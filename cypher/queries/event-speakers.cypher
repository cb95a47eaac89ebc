// Question:   Who spoke at the events held in a city in a given year, and in what role (the
//             offices the speakers hold)? e.g. the 2024 US-China sister cities summit in Tacoma.
// Parameters: $city  the city's English or Arabic name or alias ("Tacoma");
//             $year  the year as a string ("2024"); matches events whose startDate starts with it.
// Returns:    one row per speaker and event: event (English name), speaker, speakerAr, offices
//             (list of "title, body" strings, sorted); ordered by event, speaker.
// Example:    {city: "Tacoma", year: "2024"} -> Victoria Woodards (Mayor, Tacoma) and
//             Yang Wanming (President, CPAFFC) at the 6th summit.
MATCH (city:City)
WHERE $city IN ([city.name, city.nameAr] + coalesce(city.aliases, []))
MATCH (event:Event)-[:HELD_IN]->(city)
WHERE event.startDate STARTS WITH $year
MATCH (speaker:Person)-[:PARTICIPATED_IN {role: 'speaker'}]->(event)
OPTIONAL MATCH (speaker)-[office:HOLDS_OFFICE]->(body:Entity)
WITH event, speaker, office, body
ORDER BY body.name
WITH event, speaker, [title IN collect(office.title + ', ' + body.name) WHERE title IS NOT NULL] AS offices
RETURN event.name AS event,
       speaker.name AS speaker,
       speaker.nameAr AS speakerAr,
       offices
ORDER BY event, speaker
