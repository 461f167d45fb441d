import { Field, InputType, Int } from 'type-graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import { OrganizationKind, ParticipationRole } from '../../engine/enums.js';
import { Params, where, type Composable, type ListSpec } from '../../engine/list.queries.js';

@InputType({ description: 'Which organisations to list. Fields combine with AND; use AND/OR/NOT for more.' })
export class OrganizationFilter implements Composable<OrganizationFilter> {
  @Field(() => String, { nullable: true, description: 'Part of the name, short name or an alias (case-insensitive).' })
  text?: string;

  @Field(() => [OrganizationKind], { nullable: true, description: 'Any of these kinds.' })
  kinds?: (keyof typeof OrganizationKind)[];

  @Field(() => Int, { nullable: true, description: 'Named in the report of this year.' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Named in a report of this region, e.g. Keski-Pohjanmaa.' })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Takes part in a project funded by this funder (key), e.g. funder:esr.' })
  funder?: string;

  @Field(() => ParticipationRole, { nullable: true, description: 'Has this role in at least one project.' })
  projectRole?: keyof typeof ParticipationRole;

  @Field(() => String, { nullable: true, description: 'Has a seat in, or is a member of, this body (key).' })
  body?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only organisations that (do not) fund projects.' })
  isFunder?: boolean;

  @Field(() => [OrganizationFilter], { nullable: true, description: 'All of these.' })
  AND?: OrganizationFilter[];

  @Field(() => [OrganizationFilter], { nullable: true, description: 'Any of these.' })
  OR?: OrganizationFilter[];

  @Field(() => OrganizationFilter, { nullable: true, description: 'Not this.' })
  NOT?: OrganizationFilter;
}

export const OrganizationSort = { NAME: 'NAME', KEY: 'KEY' } as const;
const SORT: Record<keyof typeof OrganizationSort, string> = { NAME: 'n.name', KEY: 'n.key' };

function own(f: OrganizationFilter, p: Params): string[] {
  const parts: string[] = [];
  if (f.text) parts.push(where.text(p, f.text));
  if (f.kinds?.length) parts.push(where.propIn(p, 'kind', f.kinds));
  if (f.year != null) parts.push(where.year(p, f.year));
  if (f.region) parts.push(where.region(p, f.region));
  if (f.funder) {
    parts.push(`EXISTS { MATCH (n)-[:${Rel.ParticipatesIn}]->(:${Label.Project})<-[:${Rel.Funds}]-(:${Label.Entity} {key: ${p.add(f.funder)}}) }`);
  }
  if (f.projectRole) parts.push(`EXISTS { MATCH (n)-[r:${Rel.ParticipatesIn}]->(:${Label.Project}) WHERE r.role = ${p.add(f.projectRole)} }`);
  if (f.body) {
    const body = p.add(f.body);
    parts.push(
      `EXISTS { MATCH (n)<-[:${Rel.Represents}]-(:${Label.Seat})-[:${Rel.SeatIn}]->(:${Label.Body} {key: ${body}}) } OR EXISTS { MATCH (n)-[:${Rel.MemberOf}]->(:${Label.Body} {key: ${body}}) }`,
    );
  }
  if (f.isFunder != null) parts.push(f.isFunder ? `n:${Label.Funder}` : `NOT n:${Label.Funder}`);
  return parts;
}

export const organizationList: ListSpec<OrganizationFilter> = { label: Label.Organization, own, sorts: SORT };
