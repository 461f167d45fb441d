import { Arg, Ctx, FieldResolver, Int, Query, registerEnumType, Resolver, Root } from 'type-graphql';
import { CENTRALITY_MEASURES, isBetweennessExact, rankBy, type CentralityMeasure } from '../../../analytics/centrality.js';
import { collaboratorsOfGroup, DEFAULT_TIES, describeTies, type TieChoice } from '../../../analytics/network.js';
import { DEFAULT_COMMUNITY_SEED } from '../../../analytics/communities.js';
import { compareItems, compareScores, diffBy, groupItems, pairId, type ItemChange as ItemChangeRow, type YearItem } from '../../../analytics/compare.js';
import { decodeSource } from '../../../graph/codecs.js';
import { decodeStatements, viewOf } from '../../../graph/statements.js';
import type { Source } from '../../engine/fact.type.js';
import { NETWORK_FORMATS, type NetworkFormat } from '../../../analytics/export.js';
import { networkFile } from './analytics.export.js';
import { AppError, ErrorCode } from '../../../errors.js';
import type { Context } from '../../context.js';
import { lookup } from '../../engine/hop.js';
import { lookupAny } from '../../engine/keys.js';
import { asSource, facts, toEntity, type EntityRow } from '../../engine/mapping.js';
import {
  CONNECTION_TYPES,
  funderPortfolio,
  MAX_CONNECTION_LENGTH,
  neighbours,
  partsOf,
  shortestConnections,
  type InventoryRow,
  type PathRow,
  type YearInventory,
  yearInventory,
  type MemberKind,
} from './analytics.queries.js';
import { reportsOfRegion, type AnalysedNetwork } from './analytics.service.js';
import {
  CollaborationNetwork,
  Collaborator,
  Community,
  ConnectionPath,
  FunderPortfolio,
  NetworkNode,
  PathStep,
  ScoreChange,
  TieChoiceInput,
  YearComparison,
} from './analytics.type.js';
// The generated object types (src/api/engine/entity-types.ts) these analytics types point at.
import { named, type GraphObject } from '../../engine/entity-types.js';

const Priority = named('Priority');
type Priority = GraphObject;

/** The measures as GraphQL enum values: weightedDegree → WEIGHTED_DEGREE. */
const Measure: Record<string, CentralityMeasure> = Object.fromEntries(CENTRALITY_MEASURES.map((m) => [m.replace(/[A-Z]/g, (c) => `_${c}`).toUpperCase(), m]));
const MeasureEnum = Object.fromEntries(Object.keys(Measure).map((m) => [m, m]));
registerEnumType(MeasureEnum, { name: 'CentralityMeasure', description: 'Degree, weighted degree, betweenness (brokers) or PageRank.' });

const Members = { ORGANIZATIONS: 'ORGANIZATIONS', PEOPLE: 'PEOPLE' } as const;
registerEnumType(Members, { name: 'NetworkMembers', description: 'Whose network: organisations (default) or people.' });

const Formats = Object.fromEntries(NETWORK_FORMATS.map((f) => [f, f])) as { [K in NetworkFormat]: K };
registerEnumType(Formats, {
  name: 'NetworkFormat',
  description: 'A network file format.',
  valuesConfig: {
    GRAPHML: { description: 'GraphML with `label` and yEd node graphics (yEd, Gephi, NetworkX, Cytoscape desktop).' },
    GEXF: { description: 'GEXF 1.3 with viz colour, size and position and a filled <meta> (Gephi).' },
    CYTOSCAPE_JSON: { description: 'Cytoscape.js elements JSON (`cytoscape({ elements })`, Cytoscape desktop CYJS).' },
    GRAPHOLOGY_JSON: { description: 'graphology’s serialized graph (`Graph.from(json)`; sigma.js).' },
    JSON: { description: 'The API’s own { year, nodes, edges }, as `network` answers.' },
  },
});

const RelationshipTypes = Object.fromEntries(CONNECTION_TYPES.map((t) => [t, t])) as Record<string, string>;
registerEnumType(RelationshipTypes, { name: 'RelationshipType', description: 'A relationship type a connection may follow.' });

const kindOf = (m: keyof typeof Members | null | undefined): MemberKind => (m === 'PEOPLE' ? 'Person' : 'Organization');

/** The tie choice of a request: the default when not given; weights must be positive and finite. */
export function tiesOf(input: TieChoiceInput | null | undefined): TieChoice {
  if (!input) return DEFAULT_TIES;
  for (const [name, w] of [['projectWeight', input.projectWeight], ['bodyWeight', input.bodyWeight], ['eventWeight', input.eventWeight]] as const) {
    if (!Number.isFinite(w) || w <= 0 || w > 1000) throw new AppError(ErrorCode.BadUserInput, `\`ties.${name}\` must be above 0 and at most 1000.`);
  }
  if (input.bodies && input.bodies.length > 500) throw new AppError(ErrorCode.BadUserInput, '`ties.bodies` takes at most 500 keys.');
  return {
    projects: input.projects ?? DEFAULT_TIES.projects,
    events: input.events ?? DEFAULT_TIES.events,
    bodyKinds: input.bodyKinds ?? DEFAULT_TIES.bodyKinds,
    bodies: input.bodies?.length ? input.bodies : null,
    weights: { Project: input.projectWeight ?? 1, Body: input.bodyWeight ?? 1, Event: input.eventWeight ?? 1 },
  };
}

const REGION_ARG = {
  nullable: true,
  description: 'One region’s view: only ties and members a report of this region states (of `year`, when given). A region no report has is NOT_FOUND.',
} as const;

const TIES_ARG = { nullable: true, description: 'Which shared items tie members (default: projects, events and working bodies, not the steering group).' } as const;

async function nodesOf(net: AnalysedNetwork, signal: AbortSignal | undefined, measure: CentralityMeasure = 'betweenness'): Promise<NetworkNode[]> {
  const [centrality, communities, layout] = await Promise.all([net.centrality(signal), net.communities(undefined, signal), net.layout(signal)]);
  return rankBy(centrality, measure).map(([key, c], i) => {
    const attr = net.graph.getNodeAttributes(key);
    return { key, name: attr.name, kind: attr.kind, ...c, community: communities.of.get(key) ?? -1, rank: i + 1, ...layout.get(key)! };
  });
}

/** A path read from Neo4j as the API's typed steps, each in path order with the direction it was followed. */
function toPath(p: PathRow) {
  const nodes = p.nodes.map((n) => toEntity<{ key: string }>(n));
  return {
    length: p.rels.length,
    nodes,
    steps: p.rels.map((r, i) => {
      const a = nodes[i]!;
      const b = nodes[i + 1]!;
      return {
        ...facts(r.props),
        from: a,
        to: b,
        type: r.type,
        forward: r.from === a.key,
        role: (r.props.role as string | undefined) ?? (r.props.title as string | undefined) ?? null,
      };
    }),
  };
}

function checkYear(year: number | null | undefined) {
  if (year != null && (!Number.isInteger(year) || year < 1900 || year > 2200)) {
    throw new AppError(ErrorCode.BadUserInput, '`year` must be a report year such as 2020.');
  }
}

function limit(value: number, max: number, name: string) {
  if (!Number.isInteger(value) || value < 0 || value > max) throw new AppError(ErrorCode.BadUserInput, `\`${name}\` must be between 0 and ${max}.`);
}

@Resolver()
export class AnalyticsResolver {
  @Query(() => [Collaborator], { description: 'Who an organisation (or person) works with, strongest ties first, and through which projects, bodies and events.' })
  async collaborators(
    @Arg('key', () => String, { description: 'Key of an organisation or a person (or another key or a name it is known by).' }) key: string,
    @Arg('year', () => Int, { nullable: true, description: 'One year’s view; all years when not given.' }) year: number | null,
    @Arg('first', () => Int, { defaultValue: 50, description: 'At most this many (at most 500).' }) first: number,
    @Arg('ties', () => TieChoiceInput, TIES_ARG) ties: TieChoiceInput | null,
    @Arg('region', () => String, REGION_ARG) region: string | null,
    @Arg('includeParts', () => Boolean, {
      defaultValue: false,
      description:
        'For an organisation: its parts (PART_OF it, e.g. a university centre of a university) count as it; a collaborator’s weight is then the number of distinct items any of them shares with it.',
    })
    includeParts: boolean,
    @Ctx() ctx: Context,
  ) {
    checkYear(year);
    limit(first, 500, 'first');
    key = await lookupAny(key, null, async (k) => ((await ctx.loaders.node.load(k)) ? k : null), ctx);
    const row = (await ctx.loaders.node.load(key))!;
    const kind: MemberKind | null = row.labels.includes('Organization') ? 'Organization' : row.labels.includes('Person') ? 'Person' : null;
    if (!kind) throw new AppError(ErrorCode.BadUserInput, 'Collaborators are found for organisations and people.');
    const net = await ctx.analytics.network(kind, year ?? null, await ctx.graphVersion(), ctx.signal, tiesOf(ties), region ?? null);
    const parts = includeParts && kind === 'Organization' ? await partsOf(ctx.executor, key, ctx.signal) : [];
    const found = collaboratorsOfGroup(net.graph, [key, ...parts]).slice(0, first);
    const rows = await ctx.loaders.node.loadMany(found.flatMap((c) => [c.key, ...c.via.map((v) => v.key)]));
    const byKey = new Map(rows.filter((r): r is EntityRow => !!r && !(r instanceof Error)).map((r) => [String(r.props.key), toEntity(r)]));
    return found.map((c) => {
      const entity = byKey.get(c.key) as { __typename?: string } | undefined;
      return {
        entity,
        organization: entity?.__typename === 'Organization' ? entity : null,
        person: entity?.__typename === 'Person' ? entity : null,
        weight: c.weight,
        via: c.via.map((v) => byKey.get(v.key)).filter(Boolean),
        tie: { kind, members: [key, c.key, ...parts], items: c.via.map((v) => v.key), year: year ?? null, reports: net.reports },
      };
    });
  }

  @Query(() => CollaborationNetwork, { description: 'The collaboration network of a year with every member’s centrality and community.' })
  async network(
    @Arg('year', () => Int, { nullable: true, description: 'The year; all years together when not given.' }) year: number | null,
    @Arg('members', () => Members, { defaultValue: 'ORGANIZATIONS', description: 'Organisations or people.' }) members: keyof typeof Members,
    @Arg('minWeight', () => Int, { defaultValue: 1, description: 'Only ties with at least this many shared items.' }) minWeight: number,
    @Arg('ties', () => TieChoiceInput, TIES_ARG) ties: TieChoiceInput | null,
    @Arg('region', () => String, REGION_ARG) region: string | null,
    @Ctx() ctx: Context,
  ) {
    checkYear(year);
    const choice = tiesOf(ties);
    const net = await ctx.analytics.network(kindOf(members), year ?? null, await ctx.graphVersion(), ctx.signal, choice, region ?? null);
    const [communities, json] = await Promise.all([net.communities(undefined, ctx.signal), net.json(ctx.signal)]);
    let isolatedCount = 0;
    net.graph.forEachNode((key) => {
      if (net.graph.degree(key) === 0) isolatedCount++;
    });
    return {
      year,
      region: region ?? null,
      nodes: await nodesOf(net, ctx.signal),
      edges: json.edges
        .filter((e) => e.weight >= minWeight)
        .map((e) => ({ ...e, tie: { kind: kindOf(members), members: [e.source, e.target], items: e.via, year: year ?? null, reports: net.reports } })),
      communityCount: communities.count,
      modularity: communities.modularity,
      betweennessExact: isBetweennessExact(net.graph),
      ties: describeTies(choice),
      isolatedCount,
    };
  }

  @Query(() => [NetworkNode], { description: 'Organisations (or people) ranked by a centrality measure in a year’s collaboration network.' })
  async centrality(
    @Arg('year', () => Int, { nullable: true, description: 'The year; all years together when not given.' }) year: number | null,
    @Arg('measure', () => MeasureEnum, { defaultValue: 'BETWEENNESS', description: 'The ranking measure.' }) measure: string,
    @Arg('first', () => Int, { defaultValue: 20, description: 'At most this many (at most 1000).' }) first: number,
    @Arg('members', () => Members, { defaultValue: 'ORGANIZATIONS', description: 'Organisations or people.' }) members: keyof typeof Members,
    @Arg('ties', () => TieChoiceInput, TIES_ARG) ties: TieChoiceInput | null,
    @Arg('region', () => String, REGION_ARG) region: string | null,
    @Ctx() ctx: Context,
  ) {
    checkYear(year);
    limit(first, 1000, 'first');
    const net = await ctx.analytics.network(kindOf(members), year ?? null, await ctx.graphVersion(), ctx.signal, tiesOf(ties), region ?? null);
    return (await nodesOf(net, ctx.signal, Measure[measure])).slice(0, first);
  }

  @Query(() => [Community], { description: 'Communities of the collaboration network (Louvain, seeded: the same graph and seed give the same answer).' })
  async communities(
    @Arg('year', () => Int, { nullable: true, description: 'The year; all years together when not given.' }) year: number | null,
    @Arg('seed', () => Int, { defaultValue: DEFAULT_COMMUNITY_SEED, description: 'Random seed of the Louvain run.' }) seed: number,
    @Arg('members', () => Members, { defaultValue: 'ORGANIZATIONS', description: 'Organisations or people.' }) members: keyof typeof Members,
    @Arg('ties', () => TieChoiceInput, TIES_ARG) ties: TieChoiceInput | null,
    @Arg('region', () => String, REGION_ARG) region: string | null,
    @Ctx() ctx: Context,
  ) {
    checkYear(year);
    const net = await ctx.analytics.network(kindOf(members), year ?? null, await ctx.graphVersion(), ctx.signal, tiesOf(ties), region ?? null);
    const [found, nodes] = await Promise.all([net.communities(seed, ctx.signal), nodesOf(net, ctx.signal)]);
    return Array.from({ length: found.count }, (_, id) => {
      const list = nodes.filter((n) => found.of.get(n.key) === id).map((n) => ({ ...n, community: id }));
      return { id, size: list.length, members: list };
    });
  }

  @Query(() => [ConnectionPath], {
    description: 'The shortest connections between two entities (all of the shortest length, up to `limit`), each step with its quotes.',
  })
  async connection(
    @Arg('from', () => String, { description: 'Key (or another key or a name) of the first entity.' }) from: string,
    @Arg('to', () => String, { description: 'Key (or another key or a name) of the second entity.' }) to: string,
    @Arg('maxLength', () => Int, { defaultValue: 6, description: `Longest connection to look for (1–${MAX_CONNECTION_LENGTH} steps).` }) maxLength: number,
    @Arg('relationshipTypes', () => [RelationshipTypes], { nullable: true, description: 'Follow only these relationship types.' })
    relationshipTypes: string[] | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only relationships stated in this year.' }) year: number | null,
    @Arg('region', () => String, { nullable: true, description: 'Only relationships a report of this region states (of `year`, when given). A region no report has is NOT_FOUND.' })
    region: string | null,
    @Arg('limit', () => Int, { defaultValue: 5, description: 'At most this many paths (at most 50).' }) max: number,
    @Ctx() ctx: Context,
  ) {
    checkYear(year);
    limit(max, 50, 'limit');
    if (!Number.isInteger(maxLength) || maxLength < 1 || maxLength > MAX_CONNECTION_LENGTH) {
      throw new AppError(ErrorCode.BadUserInput, `\`maxLength\` must be between 1 and ${MAX_CONNECTION_LENGTH}.`);
    }
    const different = (a: string, b: string) => {
      if (a === b) throw new AppError(ErrorCode.BadUserInput, '`from` and `to` must be different entities.');
    };
    different(from, to);
    const types = relationshipTypes?.length ? relationshipTypes : [...CONNECTION_TYPES];
    const reports = await reportsOfRegion(ctx.executor, region ?? null, year ?? null, ctx.signal);
    const connect = (a: string, b: string) =>
      shortestConnections(ctx.executor, { from: a, to: b, maxLength, types, year: year ?? null, reports, limit: max }, ctx.signal);
    // Keys, as clients mostly send them, take one statement; another key or a name is resolved first, then tried again.
    let found = await connect(from, to);
    if (!found.fromFound || !found.toFound) {
      const known = (argument: string) => (given: string) =>
        lookupAny(given, null, async (k) => ((await ctx.loaders.node.load(k)) ? k : null), ctx, argument);
      // An end the statement found is a key already: only the other is resolved.
      [from, to] = await Promise.all([found.fromFound ? from : known('from')(from), found.toFound ? to : known('to')(to)]);
      different(from, to);
      found = await connect(from, to);
    }
    return found.paths.map(toPath);
  }

  @Query(() => [PathStep], {
    description: 'The entities one step from an entity (projects, funders, bodies, seats, people, events, …), each as a step with its relationship, role and quotes: what expanding a node shows.',
  })
  async neighbours(
    @Arg('key', () => String, { description: 'Key of the entity to expand.' }) key: string,
    @Arg('relationshipTypes', () => [RelationshipTypes], { nullable: true, description: 'Follow only these relationship types.' })
    relationshipTypes: string[] | null,
    @Arg('year', () => Int, { nullable: true, description: 'Only relationships stated in this year.' }) year: number | null,
    @Arg('region', () => String, { nullable: true, description: 'Only relationships a report of this region states (of `year`, when given). A region no report has is NOT_FOUND.' })
    region: string | null,
    @Arg('first', () => Int, { defaultValue: 100, description: 'At most this many (at most 500).' }) first: number,
    @Ctx() ctx: Context,
  ) {
    checkYear(year);
    limit(first, 500, 'first');
    const types = relationshipTypes?.length ? relationshipTypes : [...CONNECTION_TYPES];
    const reports = await reportsOfRegion(ctx.executor, region ?? null, year ?? null, ctx.signal);
    const rows = await neighbours(ctx.executor, { key, types, year: year ?? null, reports, limit: first }, ctx.signal);
    return rows.map((row) => toPath(row).steps[0]!);
  }

  @Query(() => FunderPortfolio, { nullable: true, description: 'A funder’s portfolio in a year (or all years): projects, their leads and partners, the organisations reached.' })
  async funderPortfolio(
    @Arg('funder', () => String, { description: 'Key of the funder, e.g. funder:esr or org:stea.' }) funderKey: string,
    @Arg('year', () => Int, { nullable: true, description: 'The year; all years when not given.' }) year: number | null,
    @Arg('region', () => String, { nullable: true, description: 'Only fundings and participations a report of this region states (of `year`, when given). A region no report has is NOT_FOUND.' })
    region: string | null,
    @Ctx() ctx: Context,
  ) {
    checkYear(year);
    const funder = await lookupAny(funderKey, 'Funder', (k) => lookup<{ key: string }>(ctx, k, 'Funder'), ctx, 'funder');
    funderKey = funder.key;
    const reports = await reportsOfRegion(ctx.executor, region ?? null, year ?? null, ctx.signal);
    const row = await funderPortfolio(ctx.executor, funderKey, year ?? null, reports, ctx.signal);
    const projects = (row?.projects ?? []).map((p) => {
      const project = toEntity(p.project);
      const participants = p.participants.map((o) => ({ ...facts(o.rel), role: o.rel.role, organization: toEntity(o), project }));
      return { ...facts(p.funding), project, participants, leads: participants.filter((x) => x.role === 'LEAD').map((x) => x.organization) };
    });
    const reached = new Map<string, unknown>();
    for (const p of projects) for (const x of p.participants) reached.set(String((x.organization as { key: string }).key), x.organization);
    const organizations = [...reached.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, o]) => o);
    return { funder, year, projectCount: projects.length, projects, organizationCount: organizations.length, organizations };
  }

  @Query(() => YearComparison, {
    description:
      'What changed between two report years: each organisation, project, seat (also by organisation and by person), membership and priority as continued, appeared, ended (stated, or absent from a list the later report declares complete) or not mentioned, with quotes; collaborations and priority scores.',
  })
  async compareYears(
    @Arg('from', () => Int, { description: 'The earlier year.' }) from: number,
    @Arg('to', () => Int, { description: 'The later year.' }) to: number,
    @Arg('region', () => String, { nullable: true, description: 'Only the reports of this region (both years), collaborations too.' })
    region: string | null,
    @Ctx() ctx: Context,
  ) {
    checkYear(from);
    checkYear(to);
    const version = await ctx.graphVersion();
    const [a, b, netA, netB] = await Promise.all([
      yearInventory(ctx.executor, from, region ?? null, ctx.signal),
      yearInventory(ctx.executor, to, region ?? null, ctx.signal),
      ctx.analytics.network('Organization', from, version, ctx.signal, undefined, region ?? null),
      ctx.analytics.network('Organization', to, version, ctx.signal, undefined, region ?? null),
    ]);
    const sideA = yearSide(a);
    const sideB = yearSide(b);
    const yearOfChange = (c: ItemChangeRow) => (c.change === 'NOT_MENTIONED' || c.endedBy === 'ABSENT_FROM_COMPLETE_LIST' ? from : to);
    const entities = async (changes: ItemChangeRow[]) => {
      const rows = await ctx.loaders.node.loadMany(changes.map((c) => c.key));
      return changes.map((c, i) => {
        const r = rows[i];
        return r && !(r instanceof Error) ? toEntity(r, undefined, { year: yearOfChange(c), region }) : null;
      });
    };
    const change = async (changes: ItemChangeRow[]) => {
      const found = await entities(changes);
      const items = changes.map((c, i) => ({ ...c, entity: found[i] }));
      const of = (...kinds: string[]) => items.filter((i) => kinds.includes(i.change) && i.entity).map((i) => i.entity!);
      return {
        items,
        continued: of('CONTINUED'),
        appeared: of('APPEARED'),
        ended: of('ENDED'),
        notMentioned: of('NOT_MENTIONED'),
        disappeared: items.filter((i) => i.change === 'NOT_MENTIONED' || (i.change === 'ENDED' && i.endedBy === 'ABSENT_FROM_COMPLETE_LIST')).flatMap((i) => (i.entity ? [i.entity] : [])),
        kept: items.filter((i) => i.change === 'CONTINUED' || (i.change === 'ENDED' && i.endedBy === 'STATED' && sideA.has(i.key))).length,
      };
    };
    const holders = async (changes: ItemChangeRow[]) => {
      const keys = [...new Set(changes.flatMap((c) => c.key.split('|')))];
      const rows = await ctx.loaders.node.loadMany(keys);
      const byKey = new Map(keys.map((k, i) => [k, rows[i]]));
      const entity = (key: string) => {
        const r = byKey.get(key);
        return r && !(r instanceof Error) ? toEntity(r, undefined, { year: to, region }) : null;
      };
      return changes.map((c) => {
        const [holder, body] = c.key.split('|') as [string, string];
        return { ...c, holder: entity(holder), body: entity(body) };
      });
    };
    const compare = (pick: (s: YearSideData) => YearItem<Source>[], completeIn: (s: YearSideData, list: string) => Source[] | null) =>
      compareItems(pick(sideA.data), pick(sideB.data), (list) => completeIn(sideB.data, list));
    const seatList = (s: YearSideData, list: string) => s.completeSeats.get(list) ?? null;
    const edgeId = (e: { source: string; target: string }) => pairId(e.source, e.target);
    const [jsonA, jsonB] = await Promise.all([netA.json(ctx.signal), netB.json(ctx.signal)]);
    const collab = diffBy(jsonA.edges, jsonB.edges, edgeId);
    return {
      from,
      to,
      region: region ?? null,
      organizations: await change(compare((s) => s.organizations, () => null)),
      projects: await change(compare((s) => s.projects, () => null)),
      seats: await change(compare((s) => s.seats, seatList)),
      seatsByOrganization: await holders(compare((s) => groupItems(s.seats, (i) => (i.organization ? `${i.organization}|${i.list}` : null)), seatList)),
      seatsByPerson: await holders(compare((s) => groupItems(s.seats, (i) => (i.person ? `${i.person}|${i.list}` : null)), seatList)),
      memberships: await holders(compare((s) => s.memberships, (s, list) => s.completeMembers.get(list) ?? null)),
      priorities: await change(compare((s) => s.priorities, (s) => s.completePriorities)),
      collaborations: collab,
      priorityScores: compareScores(a.scores, b.scores),
    };
  }

  @Query(() => String, {
    description:
      'The collaboration network of a year (and region) as a file for Gephi, yEd, Cytoscape, NetworkX or graphology (also at GET /export/network.<gexf|graphml|cyjs|json>?year=2020&region=Keski-Pohjanmaa). A year or region without a report is NOT_FOUND.',
  })
  async networkExport(
    @Arg('format', () => Formats, { description: 'The file format.' }) format: NetworkFormat,
    @Arg('year', () => Int, { nullable: true, description: 'The year; all years together when not given.' }) year: number | null,
    @Arg('members', () => Members, { defaultValue: 'ORGANIZATIONS', description: 'Organisations or people.' }) members: keyof typeof Members,
    @Arg('ties', () => TieChoiceInput, TIES_ARG) ties: TieChoiceInput | null,
    @Arg('region', () => String, REGION_ARG) region: string | null,
    @Ctx() ctx: Context,
  ) {
    checkYear(year);
    return (await networkFile(ctx, { format, year: year ?? null, region: region ?? null, members: kindOf(members), ties: tiesOf(ties) }, ctx.signal)).content;
  }
}

@Resolver(() => ScoreChange)
export class ScoreChangeResolver {
  @FieldResolver(() => Priority, { nullable: true, description: 'The priority.' })
  priority(@Root() s: { priority: string | null }, @Ctx() ctx: Context) {
    return s.priority ? lookup<Priority>(ctx, s.priority, 'Priority') : null;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// compareYears: one year's reports as items (src/analytics/compare.ts), from its inventory's statements and quotes.

const ENDED_STATUSES = new Set(['COMPLETED', 'INTERRUPTED']);

interface SeatItem extends YearItem<Source> {
  person: string | null;
  organization: string | null;
}

interface YearSideData {
  organizations: YearItem<Source>[];
  projects: YearItem<Source>[];
  seats: SeatItem[];
  memberships: YearItem<Source>[];
  priorities: YearItem<Source>[];
  /** Bodies whose seat list (members) the year's report declares complete, with the body's quotes. */
  completeSeats: Map<string, Source[]>;
  completeMembers: Map<string, Source[]>;
  /** The report's quotes when it declares its priorities complete; else null. */
  completePriorities: Source[] | null;
}

function yearSide(inv: YearInventory): { data: YearSideData; has: (key: string) => boolean } {
  const reports = new Set(inv.reports.map((r) => r.key));
  const sources = (stored: string[] | null): Source[] =>
    (stored ?? []).map(decodeSource).filter((s) => reports.has(s.report)).map(asSource);
  // What this year's reports state of it (a newer report of another year does not count).
  const values = (row: InventoryRow) => viewOf(decodeStatements(row.statements).filter((s) => reports.has(s.report))).values;
  const item = (row: InventoryRow, ended = false, list?: string): YearItem<Source> => ({ key: row.key, list, ended, sources: sources(row.sources) });
  const complete = (field: string) =>
    new Map(inv.bodies.filter((b) => values(b)[field] === true).map((b) => [b.key, sources(b.sources)] as [string, Source[]]));
  const data: YearSideData = {
    organizations: inv.organizations.map((r) => item(r)),
    projects: inv.projects.map((r) => item(r, ENDED_STATUSES.has(String(values(r).status)))),
    seats: inv.seats.map((r) => ({ ...item(r, values(r).ended === true, r.body ?? undefined), person: r.person, organization: r.organization })),
    memberships: inv.memberships.map((r) => item(r, values(r).ended === true, r.body)),
    priorities: inv.priorities.map((r) => item(r, false, 'priorities')),
    completeSeats: complete('seatsComplete'),
    completeMembers: complete('membersComplete'),
    completePriorities: inv.reports.some((r) => r.prioritiesComplete) ? inv.reports.flatMap((r) => (r.prioritiesComplete ? sources(r.sources) : [])) : null,
  };
  const keys = new Set([...data.organizations, ...data.projects, ...data.seats, ...data.memberships, ...data.priorities].map((i) => i.key));
  return { data, has: (key) => keys.has(key) };
}
