import { objectType } from '../../engine/object-types.js';

objectType('LabelCount', {
  description: 'How many nodes of one kind the graph holds.',
  fields: { label: ['String', 'The node label, e.g. Organization.'], count: ['Int', 'Number of nodes with that label.'] },
});

export const ServiceStatus = objectType('ServiceStatus', {
  description: 'The service and the graph behind it.',
  fields: {
    apiVersion: ['String', 'Version of this API (botnia-graph).'],
    neo4jVersion: ['String', 'The Neo4j server that answered, e.g. Neo4j/5.26.19.'],
    neo4jEdition: ['String', 'Neo4j edition: community or enterprise.'],
    database: ['String', 'The Neo4j database the API reads.'],
    nodeCounts: ['[LabelCount]', 'Node counts by label, in vocabulary order.'],
    relationshipCount: ['Int', 'Total number of relationships in the graph.'],
  },
});

export interface ServiceStatus {
  apiVersion: string;
  neo4jVersion: string;
  neo4jEdition: string;
  database: string;
  nodeCounts: { label: string; count: number }[];
  relationshipCount: number;
}
