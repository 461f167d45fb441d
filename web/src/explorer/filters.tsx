/**
 * Filters by funder, project status and role, shared by the network and explore views. They work over what the API
 * returns: the year's projects with their status, funders and participants' roles (`ExplorerProjectFacts`, asked
 * only once the filters are offered), so the network's ties are recounted here from the projects that match.
 */
import { useEffect, useState } from 'react';
import { ExplorerProjectFactsDocument, type ExplorerNetworkQuery, type ExplorerProjectFactsQuery } from '../generated/graphql';
import { cachedRequest } from './api';
import { label } from './facts';
import { useT } from './i18n';

export interface ProjectFilter {
  /** Funded by this funder (key). */
  funder?: string;
  /** The project's status in the year. */
  status?: string;
  /** A tie through a project counts when one of its ends takes part in this role. */
  role?: string;
}

export type ProjectFact = ExplorerProjectFactsQuery['projects']['edges'][number]['node'];
type Network = ExplorerNetworkQuery['network'];

export const isFiltered = (f: ProjectFilter) => !!(f.funder || f.status || f.role);

const pages = new Map<string, Promise<ProjectFact[]>>();

/** Every project of the year (all years: undefined) with its facts, page by page, asked once per page view. */
function loadFacts(year: number | undefined): Promise<ProjectFact[]> {
  const id = String(year ?? 'all');
  let hit = pages.get(id);
  if (!hit) {
    hit = (async () => {
      const all: ProjectFact[] = [];
      let after: string | null = null;
      for (;;) {
        const data: ExplorerProjectFactsQuery = await cachedRequest(ExplorerProjectFactsDocument, { year, after });
        all.push(...data.projects.edges.map((e) => e.node));
        if (!data.projects.pageInfo.hasNextPage || !data.projects.pageInfo.endCursor) return all;
        after = data.projects.pageInfo.endCursor;
      }
    })();
    pages.set(id, hit);
    hit.catch(() => pages.delete(id));
  }
  return hit;
}

/** The year's project facts once `enabled`; until then (and while loading) undefined. */
export function useProjectFacts(year: number | undefined, enabled: boolean): { facts?: ProjectFact[]; error?: Error } {
  const [state, setState] = useState<{ id: string; facts?: ProjectFact[]; error?: Error } | null>(null);
  const id = String(year ?? 'all');
  useEffect(() => {
    if (!enabled) return;
    let live = true;
    loadFacts(year).then(
      (facts) => live && setState({ id, facts }),
      (error: Error) => live && setState({ id, error }),
    );
    return () => {
      live = false;
    };
  }, [year, id, enabled]);
  return state?.id === id ? state : {};
}

export function projectMatches(p: ProjectFact, f: ProjectFilter): boolean {
  if (f.status && p.status !== f.status) return false;
  if (f.funder && !p.funders.some((x) => x.funder.key === f.funder)) return false;
  if (f.role && !p.participants.some((x) => x.role === f.role)) return false;
  return true;
}

/**
 * The network under the filter: ties recounted over the matching projects only (one shared matching project = 1; with
 * a role, only pairs where one end has that role in the project), at least `minWeight`; members are those taking part
 * in a matching project. Centralities stay those of the year's network.
 */
export function filterNetwork(network: Network, facts: readonly ProjectFact[], f: ProjectFilter, minWeight: number): Network {
  const members = new Map(network.nodes.map((n) => [n.key, n]));
  const weights = new Map<string, { source: string; target: string; weight: number }>();
  const taking = new Set<string>();
  for (const p of facts) {
    if (!projectMatches(p, f)) continue;
    const parts = p.participants.filter((x) => members.has(x.organization.key));
    for (const x of parts) taking.add(x.organization.key);
    for (let i = 0; i < parts.length; i++) {
      for (let j = i + 1; j < parts.length; j++) {
        const a = parts[i]!;
        const b = parts[j]!;
        if (a.organization.key === b.organization.key) continue;
        if (f.role && a.role !== f.role && b.role !== f.role) continue;
        const [source, target] = [a.organization.key, b.organization.key].sort() as [string, string];
        const id = `${source}|${target}`;
        const tie = weights.get(id) ?? { source, target, weight: 0 };
        tie.weight++;
        weights.set(id, tie);
      }
    }
  }
  const edges = [...weights.values()].filter((e) => e.weight >= minWeight);
  const nodes = network.nodes.filter((n) => taking.has(n.key));
  return { ...network, nodes, edges, isolatedCount: nodes.length - new Set(edges.flatMap((e) => [e.source, e.target])).size };
}

/** What the filter keeps, in words (the network's "Ties:" note). */
export function describeFilter(f: ProjectFilter, facts: readonly ProjectFact[] | undefined, t: ReturnType<typeof useT>): string {
  const parts = [t('shared projects')];
  if (f.funder) parts.push(t('funded by {name}', { name: funderName(facts, f.funder) }));
  if (f.status) parts.push(t('status {status}', { status: t(label(f.status)) }));
  if (f.role) parts.push(t('one end taking part as {role}', { role: t(label(f.role)) }));
  return parts.join(', ');
}

function funderName(facts: readonly ProjectFact[] | undefined, key: string): string {
  for (const p of facts ?? []) for (const x of p.funders) if (x.funder.key === key) return x.funder.shortName ?? x.funder.name;
  return key;
}

/** The three selectors; their options are what the year's projects have. */
export function ProjectFilters({ facts, error, value, onChange }: { facts?: readonly ProjectFact[]; error?: Error; value: ProjectFilter; onChange(change: ProjectFilter): void }) {
  const t = useT();
  if (error) return <span className="muted">{t('Filters unavailable: {message}', { message: error.message })}</span>;
  const funders = new Map<string, string>();
  const statuses = new Set<string>();
  const roles = new Set<string>();
  for (const p of facts ?? []) {
    statuses.add(p.status);
    for (const x of p.funders) funders.set(x.funder.key, x.funder.shortName ?? x.funder.name);
    for (const x of p.participants) roles.add(x.role);
  }
  // A value the URL gives that the year lacks stays choosable, so the selector shows what is applied.
  if (value.funder && !funders.has(value.funder)) funders.set(value.funder, value.funder);
  if (value.status) statuses.add(value.status);
  if (value.role) roles.add(value.role);
  // While the facts load, the selectors are there but disabled, at the width they keep: the toolbar does not move
  // the picture below it when they arrive.
  const select = (name: keyof ProjectFilter, title: string, options: [string, string][]) => (
    <label>
      {t(title)}{' '}
      <select
        className="filter"
        value={value[name] ?? ''}
        onChange={(e) => onChange({ ...value, [name]: e.target.value || undefined })}
        disabled={!facts}
        aria-busy={!facts}
        title={facts ? undefined : `${t('Loading the filters')}…`}
        data-testid={`filter-${name}`}
      >
        <option value="">{t('any')}</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>
            {text}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <>
      {select('funder', 'Funder', [...funders].sort((a, b) => a[1].localeCompare(b[1], 'fi')))}
      {select('status', 'Status', [...statuses].sort().map((s) => [s, t(label(s))]))}
      {select('role', 'Role', [...roles].sort().map((r) => [r, t(label(r))]))}
    </>
  );
}
