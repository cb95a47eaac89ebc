// Question:   Which cities, provinces or states is a city twinned with, and since when?
// Parameters: $city  the city's English or Arabic name, or any alias ("Tacoma", "تاكوما").
// Returns:    one row per twin: twin (English name), twinAr, twinLabel (City|Subdivision),
//             since (ISO date string, null when the sources give none), sources (article ids);
//             ordered by twin.
// Example:    {city: "Tacoma"} -> Fuzhou, since "1994".
MATCH (city:City)
WHERE $city IN ([city.name, city.nameAr] + coalesce(city.aliases, []))
MATCH (city)-[twinning:TWINNED_WITH]-(twin:Entity)
RETURN twin.name AS twin,
       twin.nameAr AS twinAr,
       [label IN labels(twin) WHERE label <> 'Entity'][0] AS twinLabel,
       twinning.since AS since,
       twinning.sources AS sources
ORDER BY twin
