import { Field, Int, ObjectType } from 'type-graphql';

@ObjectType({ description: 'How many nodes of one kind the graph holds.' })
export class LabelCount {
  @Field(() => String, { description: 'The node label, e.g. Organization.' })
  label!: string;

  @Field(() => Int, { description: 'Number of nodes with that label.' })
  count!: number;
}

@ObjectType({ description: 'The service and the graph behind it.' })
export class ServiceStatus {
  @Field(() => String, { description: 'Version of this API (botnia-graph).' })
  apiVersion!: string;

  @Field(() => String, { description: 'The Neo4j server that answered, e.g. Neo4j/5.26.19.' })
  neo4jVersion!: string;

  @Field(() => String, { description: 'Neo4j edition: community or enterprise.' })
  neo4jEdition!: string;

  @Field(() => String, { description: 'The Neo4j database the API reads.' })
  database!: string;

  @Field(() => [LabelCount], { description: 'Node counts by label, in vocabulary order.' })
  nodeCounts!: LabelCount[];

  @Field(() => Int, { description: 'Total number of relationships in the graph.' })
  relationshipCount!: number;
}
