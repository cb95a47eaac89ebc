// Constraints and indexes for Neo4j 4.4 / 5.x (e.g. docker compose's neo4j:5). Applied at start-up and by
// `schema apply`; ServerDialect picks this file for 4.4+ servers. IF NOT EXISTS makes each statement a
// no-op when an equivalent rule exists. One statement per `;`-terminated line; `//` lines are comments.
//
// Ids are unique across all entities (:Entity) and within each entity label; a unique constraint brings
// its own index, so there are no separate `id` indexes.

CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (n:Entity) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (n:Article) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT subdivision_id IF NOT EXISTS FOR (n:Subdivision) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT city_id IF NOT EXISTS FOR (n:City) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT agreement_id IF NOT EXISTS FOR (n:Agreement) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT event_id IF NOT EXISTS FOR (n:Event) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT statistic_id IF NOT EXISTS FOR (n:Statistic) REQUIRE n.id IS UNIQUE;

// Name lookups (English and Arabic names) per entity label, and across all entities.
CREATE INDEX entity_name IF NOT EXISTS FOR (n:Entity) ON (n.name);
CREATE INDEX entity_name_ar IF NOT EXISTS FOR (n:Entity) ON (n.nameAr);
CREATE INDEX country_name IF NOT EXISTS FOR (n:Country) ON (n.name);
CREATE INDEX country_name_ar IF NOT EXISTS FOR (n:Country) ON (n.nameAr);
CREATE INDEX subdivision_name IF NOT EXISTS FOR (n:Subdivision) ON (n.name);
CREATE INDEX subdivision_name_ar IF NOT EXISTS FOR (n:Subdivision) ON (n.nameAr);
CREATE INDEX city_name IF NOT EXISTS FOR (n:City) ON (n.name);
CREATE INDEX city_name_ar IF NOT EXISTS FOR (n:City) ON (n.nameAr);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX person_name_ar IF NOT EXISTS FOR (n:Person) ON (n.nameAr);
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_name_ar IF NOT EXISTS FOR (n:Organization) ON (n.nameAr);
CREATE INDEX agreement_name IF NOT EXISTS FOR (n:Agreement) ON (n.name);
CREATE INDEX agreement_name_ar IF NOT EXISTS FOR (n:Agreement) ON (n.nameAr);
CREATE INDEX event_name IF NOT EXISTS FOR (n:Event) ON (n.name);
CREATE INDEX event_name_ar IF NOT EXISTS FOR (n:Event) ON (n.nameAr);
CREATE INDEX statistic_name IF NOT EXISTS FOR (n:Statistic) ON (n.name);
CREATE INDEX statistic_name_ar IF NOT EXISTS FOR (n:Statistic) ON (n.nameAr);

// Events by kind (`events(where: {kind: {eq: "summit"}})`, the README's summits): a seek instead of
// reading every event's kind.
CREATE INDEX event_kind IF NOT EXISTS FOR (n:Event) ON (n.kind);

// Curation: the lock nodes a change MERGEs to serialize with others (the constraint is what makes a
// second MERGE of a key wait), and the markers of curated removals a load must not write back.
CREATE CONSTRAINT curation_lock_key IF NOT EXISTS FOR (n:CurationLock) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT curated_removal_id IF NOT EXISTS FOR (n:CuratedRemoval) REQUIRE n.itemId IS UNIQUE;

// The search index (src/DiplomacyGraph.Domain/Search/SearchIndexStatements.cs): a query seeks its
// keys among the words (and a long typed word the pieces of long words), and every update finds an
// entity's names by its id.
CREATE CONSTRAINT search_word_key IF NOT EXISTS FOR (w:SearchWord) REQUIRE w.key IS UNIQUE;
CREATE INDEX search_name_entity IF NOT EXISTS FOR (n:SearchName) ON (n.entity);
CREATE INDEX search_word_piece1 IF NOT EXISTS FOR (w:SearchWord) ON (w.piece1);
CREATE INDEX search_word_piece2 IF NOT EXISTS FOR (w:SearchWord) ON (w.piece2);
CREATE INDEX search_word_piece3 IF NOT EXISTS FOR (w:SearchWord) ON (w.piece3);

// History: change records by id, and each item's History node by the item's id (revertChange and the
// `history` fields look them up).
CREATE CONSTRAINT change_id IF NOT EXISTS FOR (n:Change) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT history_item_id IF NOT EXISTS FOR (n:History) REQUIRE n.itemId IS UNIQUE;
