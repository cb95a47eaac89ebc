// Question:   Which events were held (or are planned) in a country - in the country itself or in
//             one of its cities or subdivisions?
// Parameters: $country  English or Arabic name or alias ("China", "الصين").
// Returns:    one row per event: event (English name), eventAr, kind, startDate (ISO string or
//             null), place (English name of the place it was held in); ordered by startDate,
//             then event. Events held only online (virtual) have no place and do not appear.
// Example:    {country: "China"} -> the 2016 summit in Nanchang, the 2023 conference in
//             Suzhou, the 2014 Arab-China cities forum in Quanzhou, ...
MATCH (country:Country)
WHERE $country IN ([country.name, country.nameAr] + coalesce(country.aliases, []))
MATCH (event:Event)-[:HELD_IN]->(place:Entity)-[:LOCATED_IN*0..4]->(country)
RETURN DISTINCT event.name AS event,
       event.nameAr AS eventAr,
       event.kind AS kind,
       event.startDate AS startDate,
       place.name AS place
ORDER BY startDate, event
