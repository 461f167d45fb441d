import { Ctx, Query, Resolver } from 'type-graphql';
import { API_VERSION } from '../../../version.js';
import type { Context } from '../../context.js';
import { graphStatus, serverAgent } from './status.queries.js';
import { ServiceStatus } from './status.type.js';

@Resolver()
export class StatusResolver {
  @Query(() => ServiceStatus, { description: 'The API version, the Neo4j that answers, and what the graph holds.' })
  async status(@Ctx() { executor, signal }: Context): Promise<ServiceStatus> {
    const [server, graph] = await Promise.all([serverAgent(executor), graphStatus(executor, signal)]);
    return {
      apiVersion: API_VERSION,
      neo4jVersion: server.agent,
      neo4jEdition: server.edition,
      database: executor.options.database,
      nodeCounts: graph.counts,
      relationshipCount: graph.relationships,
    };
  }
}
