// Constraints and indexes for Neo4j 3.x (the locally provisioned 3.1.1). Applied at start-up and by
// `schema apply`; ServerDialect picks this file for 3.x servers. 3.x DDL is idempotent: creating a rule
// that already exists is a no-op. One statement per `;`-terminated line; `//` lines are comments.
//
// Ids are unique across all entities (:Entity) and within each entity label. In 3.x a unique constraint
// brings its own index, and a separate index on the same property is refused
// (Neo.ClientError.Schema.ConstraintAlreadyExists), so there are no `id` indexes here.

CREATE CONSTRAINT ON (n:Entity) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Article) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Country) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Subdivision) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:City) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Person) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Organization) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Agreement) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Event) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:Statistic) ASSERT n.id IS UNIQUE;

// Name lookups (English and Arabic names) per entity label, and across all entities.
CREATE INDEX ON :Entity(name);
CREATE INDEX ON :Entity(nameAr);
CREATE INDEX ON :Country(name);
CREATE INDEX ON :Country(nameAr);
CREATE INDEX ON :Subdivision(name);
CREATE INDEX ON :Subdivision(nameAr);
CREATE INDEX ON :City(name);
CREATE INDEX ON :City(nameAr);
CREATE INDEX ON :Person(name);
CREATE INDEX ON :Person(nameAr);
CREATE INDEX ON :Organization(name);
CREATE INDEX ON :Organization(nameAr);
CREATE INDEX ON :Agreement(name);
CREATE INDEX ON :Agreement(nameAr);
CREATE INDEX ON :Event(name);
CREATE INDEX ON :Event(nameAr);
CREATE INDEX ON :Statistic(name);
CREATE INDEX ON :Statistic(nameAr);

// Events by kind (`events(where: {kind: {eq: "summit"}})`, the README's summits): a seek instead of
// reading every event's kind.
CREATE INDEX ON :Event(kind);

// Curation: the lock nodes a change MERGEs to serialize with others (the constraint is what makes a
// second MERGE of a key wait), and the markers of curated removals a load must not write back.
CREATE CONSTRAINT ON (n:CurationLock) ASSERT n.key IS UNIQUE;
CREATE CONSTRAINT ON (n:CuratedRemoval) ASSERT n.itemId IS UNIQUE;

// The search index (src/DiplomacyGraph.Domain/Search/SearchIndexStatements.cs): a query seeks its
// keys among the words (and a long typed word the pieces of long words), and every update finds an
// entity's names by its id.
CREATE CONSTRAINT ON (w:SearchWord) ASSERT w.key IS UNIQUE;
CREATE INDEX ON :SearchName(entity);
CREATE INDEX ON :SearchWord(piece1);
CREATE INDEX ON :SearchWord(piece2);
CREATE INDEX ON :SearchWord(piece3);

// History: change records by id, and each item's History node by the item's id (revertChange and the
// `history` fields look them up).
CREATE CONSTRAINT ON (n:Change) ASSERT n.id IS UNIQUE;
CREATE CONSTRAINT ON (n:History) ASSERT n.itemId IS UNIQUE;
