// Question:   Who took part in an event, and in what role (host, organizer, co_sponsor, speaker,
//             attendee, letter, ...)?
// Parameters: $event  the event's id, English or Arabic name, or any alias
//                     ("event-us-china-sister-cities-summit-6", "القمة السادسة للمدن الشقيقة").
// Returns:    one row per role: role, participants (list of {name, nameAr, label, unit}, by
//             name; unit is the body's own unit it took part through, or null); ordered by role.
// Example:    {event: "event-us-china-sister-cities-summit-6"} -> co_sponsor: CPAFFC and Sister
//             Cities International; speaker: Victoria Woodards and Yang Wanming.
//             {event: "event-arab-china-cities-forum-3"} -> organizer: four bodies, the League's
//             General Secretariat with unit "Social Affairs Sector / Civil Society ...".
MATCH (event:Event)
WHERE event.id = $event OR $event IN ([event.name, event.nameAr] + coalesce(event.aliases, []))
MATCH (participant:Entity)-[taking:PARTICIPATED_IN]->(event)
WITH taking.role AS role, taking.unit AS unit, participant
ORDER BY participant.name
RETURN role,
       collect({name: participant.name, nameAr: participant.nameAr,
                label: [label IN labels(participant) WHERE label <> 'Entity'][0], unit: unit}) AS participants
ORDER BY role
