// Question:   Which agreements, initiatives or visions are two countries both party to, and in
//             which roles?
// Parameters: $country1, $country2  English or Arabic names or aliases ("China", "Kazakhstan").
// Returns:    one row per agreement: agreement (English name), agreementAr, kind, date (ISO
//             string or null), areas (a plan's fields of cooperation, else empty), role1, role2
//             (each country's role, e.g. signatory, initiator, participant); ordered by agreement.
// Example:    {country1: "China", country2: "Russia"} -> the Treaty of Good-Neighborliness and
//             Friendly Cooperation (2001), both signatories.
//             {country1: "China", country2: "Kazakhstan"} -> ..., the plans to deepen cooperation
//             in traditional fields (economy, trade, ...) and to grow it in new ones (space, ...).
MATCH (first:Country), (second:Country)
WHERE $country1 IN ([first.name, first.nameAr] + coalesce(first.aliases, []))
  AND $country2 IN ([second.name, second.nameAr] + coalesce(second.aliases, []))
MATCH (first)-[party1:PARTY_TO]->(agreement:Agreement)<-[party2:PARTY_TO]-(second)
RETURN agreement.name AS agreement,
       agreement.nameAr AS agreementAr,
       agreement.kind AS kind,
       agreement.date AS date,
       coalesce(agreement.areas, []) AS areas,
       party1.role AS role1,
       party2.role AS role2
ORDER BY agreement
