/**
 * The peer: @neo4j/graphql 7 on Apollo Server 5 (standalone, as the library's getting-started guide runs it), with
 * type definitions for the same labels and relationships (bench/peer/typedefs.ts) and the library's documented
 * production settings: the driver passed to the library, the database named (no home-database lookup), deprecated
 * fields and mutations left out. Same driver settings as ours. Prints `READY <port> <stats port>`.
 */
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { startStandaloneServer } from '@apollo/server/standalone';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createDriver } from '../../src/db/driver.js';
import { peerFeatures, peerTypeDefs } from '../peer/typedefs.js';
import { instrumentDriver, serveStats, StatementStats } from './stats.js';

const uri = process.env.NEO4J_URI;
if (!uri) throw new Error('NEO4J_URI is required');
const driver = createDriver({ uri, user: 'neo4j', password: '' });
const stats = process.env.BENCH_INSTRUMENT === '1' ? new StatementStats() : undefined;
const statsPort = stats ? await serveStats(stats) : 0;
const schema = await new Neo4jGraphQL({
  typeDefs: peerTypeDefs,
  // BENCH_INSTRUMENT=1 (the measured pass only): the driver handed to the library records its statements.
  driver: stats ? instrumentDriver(driver, stats) : driver,
  features: peerFeatures,
}).getSchema();
const server = new ApolloServer({ schema, plugins: [ApolloServerPluginLandingPageDisabled()] });
const { url } = await startStandaloneServer(server, {
  listen: { port: 0, host: '127.0.0.1' },
  context: async () => ({ sessionConfig: { database: 'neo4j' } }),
});
console.log(`READY ${new URL(url).port} ${statsPort}`);
process.on('SIGTERM', () => {
  void server.stop().then(() => driver.close()).then(() => process.exit(0));
});
