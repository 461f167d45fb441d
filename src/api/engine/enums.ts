import 'reflect-metadata';
/** The vocabulary's enumerations as GraphQL enums (values are the same strings as in the graph). */
import { registerEnumType } from 'type-graphql';
import {
  BodyKind as BodyKinds,
  EventFormat as EventFormats,
  EventStatus as EventStatuses,
  FunderKind as FunderKinds,
  MembershipRole as MembershipRoles,
  OrganizationKind as OrganizationKinds,
  ParticipationRole as ParticipationRoles,
  PersonRole as PersonRoles,
  ProjectStatus as ProjectStatuses,
  SeatRole as SeatRoles,
} from '../../graph/vocabulary.js';

function enumOf<const T extends readonly string[]>(values: T): { [K in T[number]]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T[number]]: K };
}

export const OrganizationKind = enumOf(OrganizationKinds);
export const FunderKind = enumOf(FunderKinds);
export const ParticipationRole = enumOf(ParticipationRoles);
export const PersonRole = enumOf(PersonRoles);
export const SeatRole = enumOf(SeatRoles);
export const BodyKind = enumOf(BodyKinds);
export const ProjectStatus = enumOf(ProjectStatuses);
export const EventFormat = enumOf(EventFormats);
export const EventStatus = enumOf(EventStatuses);
export const MembershipRole = enumOf(MembershipRoles);

export const EntityKind = enumOf([
  'ORGANIZATION',
  'FUNDER',
  'PERSON',
  'SEAT',
  'BODY',
  'PROJECT',
  'PROGRAMME',
  'EVENT',
  'PRIORITY',
  'EVALUATION',
  'REPORT',
] as const);
export type EntityKind = keyof typeof EntityKind;

export const SortDirection = enumOf(['ASC', 'DESC'] as const);
export type SortDirection = keyof typeof SortDirection;

registerEnumType(OrganizationKind, { name: 'OrganizationKind', description: 'What kind of organisation it is.' });
registerEnumType(FunderKind, { name: 'FunderKind', description: 'What kind of funder: an EU fund, a state agency, state funding, …' });
registerEnumType(ParticipationRole, {
  name: 'ParticipationRole',
  description: 'An organisation’s role in a project: LEAD (hallinnoija), PARTNER, CO_IMPLEMENTER (osatoteuttaja), COORDINATOR, SUPPORTER.',
});
registerEnumType(PersonRole, { name: 'PersonRole', description: 'A person’s role in a project, event, body or programme.' });
registerEnumType(SeatRole, { name: 'SeatRole', description: 'MEMBER (varsinainen jäsen), DEPUTY (varahenkilö) or PRESENTER (esittelijä).' });
registerEnumType(BodyKind, { name: 'BodyKind', description: 'Steering group, network, working group, …' });
registerEnumType(ProjectStatus, { name: 'ProjectStatus', description: 'A project’s status as the report states it for its year.' });
registerEnumType(EventFormat, { name: 'EventFormat', description: 'On site, online or hybrid.' });
registerEnumType(EventStatus, { name: 'EventStatus', description: 'Planned, held or cancelled.' });
registerEnumType(MembershipRole, { name: 'MembershipRole', description: 'Role of a member in a network or working group.' });
registerEnumType(EntityKind, { name: 'EntityKind', description: 'The kinds of entity in the graph.' });
registerEnumType(SortDirection, { name: 'SortDirection', description: 'Ascending or descending order.' });

const BY_NAME: Record<string, object> = {
  OrganizationKind,
  FunderKind,
  ParticipationRole,
  PersonRole,
  SeatRole,
  BodyKind,
  ProjectStatus,
  EventFormat,
  EventStatus,
  MembershipRole,
};

/** A registered GraphQL enum by the name the graph model gives it (roles of a relationship, kinds of a list filter). */
export function enumNamed(name: string): object {
  const found = enumOrNull(name);
  if (!found) throw new Error(`no GraphQL enum named ${name}`);
  return found;
}

export function enumOrNull(name: string): object | null {
  return BY_NAME[name] ?? null;
}
