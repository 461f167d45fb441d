/**
 * How the curator commands (seed, graph:check, seed:export) reach the graph: NEO4J_URI when set; otherwise the
 * local Neo4j of a running `npm start` on NEO4J_LOCAL_PORT; otherwise they start the local Neo4j themselves — and
 * say so, on a line of its own, because a local Neo4j started on another port or data folder is a different (often
 * empty) graph.
 */
import { loadConfig } from '../config.js';
import { portInUse } from '../db/local-neo4j.js';
import { openDatabase, type Database } from '../runtime.js';

export interface Connection {
  db: Database;
  /** Where the graph is, for messages: "bolt://127.0.0.1:7687, database neo4j (Neo4j/5.26.19)". */
  description: string;
  startedLocal: boolean;
}

export async function connectToGraph(say: (line: string) => void): Promise<Connection> {
  const config = loadConfig();
  let startedLocal = false;
  if (!config.neo4j.uri) {
    if (await portInUse(config.neo4j.local.port)) {
      // The local Neo4j of a running `npm start`.
      config.neo4j.uri = `bolt://127.0.0.1:${config.neo4j.local.port}`;
    } else {
      startedLocal = true;
      say(
        `No Neo4j is running on 127.0.0.1:${config.neo4j.local.port} and NEO4J_URI is not set: starting the local Neo4j with the data in ${config.neo4j.local.dataDir} (stopped again when done).`,
      );
    }
  }
  const db = await openDatabase(config, say);
  return { db, description: `${db.uri}, database ${config.neo4j.database} (${db.agent})`, startedLocal };
}

/** A command that reads the graph: connects as above, says which graph it is `doing` it to, runs `work`, closes. */
export async function withGraph<T>(doing: string, work: (db: Database) => Promise<T>): Promise<T> {
  const { db, description } = await connectToGraph((line) => console.error(line));
  try {
    console.error(`${doing} the graph at ${description}…`);
    return await work(db);
  } finally {
    await db.close();
  }
}

/** Runs a command's `main` and exits with its code; a thrown error is one line, `name: message`, and `failureCode`. */
export function runCommand(name: string, main: () => Promise<number>, failureCode: number): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(`${name}: ${error instanceof Error ? error.message : String(error)}`);
      process.exit(failureCode);
    },
  );
}
