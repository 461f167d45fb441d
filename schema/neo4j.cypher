// The graph contract: constraints and indexes, applied at every start and before every import (IF NOT EXISTS).
// Labels and properties are those of src/graph/vocabulary.ts. One statement per `;`.

// Every imported node carries :Entity and a unique `key`; relationship endpoints are found through it.
CREATE CONSTRAINT entity_key IF NOT EXISTS FOR (n:Entity) REQUIRE n.key IS UNIQUE;

// Per-label key constraints, so that MATCH (n:Organization {key: $key}) is an index seek too.
CREATE CONSTRAINT report_key IF NOT EXISTS FOR (n:Report) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT organization_key IF NOT EXISTS FOR (n:Organization) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT funder_key IF NOT EXISTS FOR (n:Funder) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT person_key IF NOT EXISTS FOR (n:Person) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT seat_key IF NOT EXISTS FOR (n:Seat) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT body_key IF NOT EXISTS FOR (n:Body) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT project_key IF NOT EXISTS FOR (n:Project) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT programme_key IF NOT EXISTS FOR (n:Programme) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT event_key IF NOT EXISTS FOR (n:Event) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT priority_key IF NOT EXISTS FOR (n:Priority) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT evaluation_key IF NOT EXISTS FOR (n:Evaluation) REQUIRE n.key IS UNIQUE;
CREATE CONSTRAINT import_run_id IF NOT EXISTS FOR (n:ImportRun) REQUIRE n.id IS UNIQUE;

// One GraphMeta node: imports lock it first thing (src/import/writer.ts), and concurrent first imports MERGE it
// through this constraint instead of creating two.
CREATE CONSTRAINT graph_meta_id IF NOT EXISTS FOR (n:GraphMeta) REQUIRE n.id IS UNIQUE;

// Sorting and filtering of lists.
CREATE INDEX organization_name IF NOT EXISTS FOR (n:Organization) ON (n.name);
CREATE INDEX organization_kind IF NOT EXISTS FOR (n:Organization) ON (n.kind);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX project_name IF NOT EXISTS FOR (n:Project) ON (n.name);
CREATE INDEX project_status IF NOT EXISTS FOR (n:Project) ON (n.status);
CREATE INDEX body_name IF NOT EXISTS FOR (n:Body) ON (n.name);
CREATE INDEX event_date IF NOT EXISTS FOR (n:Event) ON (n.date);
CREATE INDEX report_year IF NOT EXISTS FOR (n:Report) ON (n.year);

// Full-text search across kinds, Finnish stemming (so "lastensuojelun" finds "lastensuojelu").
// `searchText` is written by the importer: name, short name, translations, aliases and titles.
CREATE FULLTEXT INDEX entity_search IF NOT EXISTS
FOR (n:Organization|Funder|Person|Body|Project|Programme|Event|Priority)
ON EACH [n.searchText]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'finnish' } };
