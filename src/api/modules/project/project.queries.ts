import { Field, InputType, Int } from 'type-graphql';
import { Label, Rel } from '../../../graph/vocabulary.js';
import { ParticipationRole, ProjectStatus } from '../../engine/enums.js';
import { Params, where, type Composable, type ListSpec } from '../../engine/list.queries.js';

@InputType({ description: 'Which projects to list. Fields combine with AND; use AND/OR/NOT for more.' })
export class ProjectFilter implements Composable<ProjectFilter> {
  @Field(() => String, { nullable: true, description: 'Part of the name or short name (case-insensitive).' })
  text?: string;

  @Field(() => [ProjectStatus], { nullable: true, description: 'Any of these statuses (the newest report’s).' })
  statuses?: (keyof typeof ProjectStatus)[];

  @Field(() => Int, { nullable: true, description: 'Named in the report of this year.' })
  year?: number;

  @Field(() => String, { nullable: true, description: 'Named in a report of this region.' })
  region?: string;

  @Field(() => String, { nullable: true, description: 'Funded by this funder (key), e.g. funder:esr or org:stea.' })
  funder?: string;

  @Field(() => String, { nullable: true, description: 'This organisation (key) takes part, in the role given by `role` if any.' })
  organization?: string;

  @Field(() => ParticipationRole, { nullable: true, description: 'With `organization`: its role; alone: some organisation has this role.' })
  role?: keyof typeof ParticipationRole;

  @Field(() => String, { nullable: true, description: 'Belongs to this programme (key).' })
  programme?: string;

  @Field(() => String, { nullable: true, description: 'Is a direct sub-project of this project (key).' })
  subprojectOf?: string;

  @Field(() => Boolean, { nullable: true, description: 'Only top-level projects (true) or only sub-projects (false).' })
  topLevel?: boolean;

  @Field(() => [ProjectFilter], { nullable: true, description: 'All of these.' })
  AND?: ProjectFilter[];

  @Field(() => [ProjectFilter], { nullable: true, description: 'Any of these.' })
  OR?: ProjectFilter[];

  @Field(() => ProjectFilter, { nullable: true, description: 'Not this.' })
  NOT?: ProjectFilter;
}

export const ProjectSort = { NAME: 'NAME', KEY: 'KEY', STATUS: 'STATUS' } as const;
const SORT: Record<keyof typeof ProjectSort, string> = { NAME: 'n.name', KEY: 'n.key', STATUS: 'n.status' };

function own(f: ProjectFilter, p: Params): string[] {
  const parts: string[] = [];
  if (f.text) parts.push(where.text(p, f.text));
  if (f.statuses?.length) parts.push(where.propIn(p, 'status', f.statuses));
  if (f.year != null) parts.push(where.year(p, f.year));
  if (f.region) parts.push(where.region(p, f.region));
  if (f.funder) parts.push(`EXISTS { MATCH (n)<-[:${Rel.Funds}]-(:${Label.Entity} {key: ${p.add(f.funder)}}) }`);
  if (f.organization || f.role) {
    const org = f.organization ? `{key: ${p.add(f.organization)}}` : '';
    const role = f.role ? `WHERE r.role = ${p.add(f.role)}` : '';
    parts.push(`EXISTS { MATCH (n)<-[r:${Rel.ParticipatesIn}]-(:${Label.Organization} ${org}) ${role} }`);
  }
  if (f.programme) parts.push(`EXISTS { MATCH (n)-[:${Rel.InProgramme}]->(:${Label.Programme} {key: ${p.add(f.programme)}}) }`);
  if (f.subprojectOf) parts.push(`EXISTS { MATCH (n)-[:${Rel.SubprojectOf}]->(:${Label.Project} {key: ${p.add(f.subprojectOf)}}) }`);
  if (f.topLevel != null) parts.push(`${f.topLevel ? 'NOT ' : ''}EXISTS { MATCH (n)-[:${Rel.SubprojectOf}]->() }`);
  return parts;
}

/**
 * A funder's projects, or an organisation's: matched from that node (its portfolio) instead of testing every project.
 */
function anchor(f: ProjectFilter, p: Params): { pattern: string; rest: ProjectFilter } | null {
  if (f.funder) {
    const pattern = `(:${Label.Entity} {key: ${p.add(f.funder)}})-[:${Rel.Funds}]->(n:${Label.Project})`;
    return { pattern, rest: { ...f, funder: undefined } };
  }
  if (f.organization) {
    const role = f.role ? ` {role: ${p.add(f.role)}}` : '';
    const pattern = `(:${Label.Organization} {key: ${p.add(f.organization)}})-[:${Rel.ParticipatesIn}${role}]->(n:${Label.Project})`;
    return { pattern, rest: { ...f, organization: undefined, role: undefined } };
  }
  return null;
}

export const projectList: ListSpec<ProjectFilter> = { label: Label.Project, own, sorts: SORT, anchor };
