/**
 * The details of one entity: what the reports say about it, each fact with its quote. Organisations also show whom
 * they work with (the analytics API's collaborators) and the funders of their projects.
 */
import type { ReactNode } from 'react';
import {
  ExplorerBodyDocument,
  ExplorerCollaboratorsDocument,
  ExplorerEntityKindDocument,
  ExplorerFunderDocument,
  ExplorerOrganizationDocument,
  ExplorerOtherDocument,
  ExplorerPersonDocument,
  ExplorerProjectDocument,
  type QuoteFragment,
} from '../generated/graphql';
import { useQuery } from './api';
import { Ambiguities, Badge, EntityLink, Fact, label, LIST_CAP, Quotes, Section, Years } from './facts';
import { useNav } from './nav';
import { TimelineView } from './Timeline';
// Key prefixes name the type (the graph model's): one round trip less.
import { TYPE_BY_KEY_PREFIX } from '../../../src/graph/model';


export function Details({ entityKey, onClose }: { entityKey: string; onClose(): void }) {
  const known = TYPE_BY_KEY_PREFIX[entityKey.split(':')[0]!];
  const kind = useQuery(ExplorerEntityKindDocument, { key: entityKey }, known !== undefined);
  const nav = useNav();
  const typename = known ?? kind.data?.entity?.__typename;
  let body: ReactNode;
  if (kind.error) body = <ErrorNote error={kind.error} />;
  else if (!known && kind.loading) body = <Loading />;
  else if (!typename) body = <p className="empty">Nothing in the graph has the key {entityKey}.</p>;
  else if (typename === 'Organization') body = <OrganizationDetails entityKey={entityKey} year={nav.year} />;
  else if (typename === 'Project') body = <ProjectDetails entityKey={entityKey} year={nav.year} />;
  else if (typename === 'Person') body = <PersonDetails entityKey={entityKey} year={nav.year} />;
  else if (typename === 'Body') body = <BodyDetails entityKey={entityKey} year={nav.year} />;
  else if (typename === 'Funder') body = <FunderDetails entityKey={entityKey} year={nav.year} />;
  else body = <OtherDetails entityKey={entityKey} year={nav.year} />;
  return (
    <aside className="details" data-testid="details" data-key={entityKey} aria-label="Details">
      <button className="close" onClick={onClose} title="Close the details" aria-label="Close the details">
        ×
      </button>
      {nav.year !== undefined && <p className="year-note">Showing what the {nav.year} report states.</p>}
      {body}
      {typename && <TimelineView entityKey={entityKey} />}
    </aside>
  );
}

export function Loading({ what = 'Loading' }: { what?: string }) {
  return (
    <p className="loading" role="status">
      {what}…
    </p>
  );
}

export function ErrorNote({ error }: { error: Error }) {
  return (
    <p className="error" role="alert">
      {error.message}
    </p>
  );
}

function Header({
  name,
  typename,
  entityKey,
  kind,
  years,
  sources,
  ambiguities,
  children,
}: {
  name: string;
  typename: string;
  entityKey: string;
  kind?: string | null;
  years: readonly number[];
  sources: readonly QuoteFragment[];
  ambiguities: readonly string[];
  children?: ReactNode;
}) {
  return (
    <header className="details-header">
      <h2 data-testid="details-name">{name}</h2>
      <p className="meta">
        <Badge kind={typename}>{typename}</Badge>
        {kind && <Badge>{label(kind)}</Badge>} <code className="key">{entityKey}</code> <Years years={years} />
      </p>
      {children}
      <Quotes sources={sources} />
      <Ambiguities items={ambiguities} />
    </header>
  );
}

function OrganizationDetails({ entityKey, year }: { entityKey: string; year?: number }) {
  const { data, error, loading } = useQuery(ExplorerOrganizationDocument, { key: entityKey, year });
  if (error) return <ErrorNote error={error} />;
  if (loading || !data) return <Loading />;
  const org = data.organization;
  if (!org) return <p className="empty">Not found.</p>;

  // The funders of the projects it takes part in, each funding fact with its quote.
  const funders = new Map<string, { funder: { key: string; name: string; shortName?: string | null }; items: { project: { key: string; name: string }; sources: readonly QuoteFragment[] }[] }>();
  for (const p of org.projects) {
    for (const f of p.project.funders) {
      const entry = funders.get(f.funder.key) ?? { funder: f.funder, items: [] };
      entry.items.push({ project: p.project, sources: f.sources });
      funders.set(f.funder.key, entry);
    }
  }
  const leads = org.projects.filter((p) => p.role === 'LEAD');
  const others = org.projects.filter((p) => p.role !== 'LEAD');
  return (
    <>
      <Header name={org.name} typename="Organization" entityKey={org.key} kind={org.kind} years={org.years} sources={org.sources} ambiguities={org.ambiguities}>
        {org.shortName && <p className="aka">Short name: {org.shortName}</p>}
        {org.aliases.length > 0 && <p className="aka">Also written: {org.aliases.join(' · ')}</p>}
        {org.names?.sv && <p className="aka">På svenska: {org.names.sv}</p>}
        {org.names?.en && <p className="aka">In English: {org.names.en}</p>}
        {org.parent && (
          <p className="aka">
            Part of <EntityLink entity={org.parent} />
          </p>
        )}
        {org.asFunder && (
          <p className="aka">
            Also a funder: <EntityLink entity={org.asFunder}>{org.asFunder.shortName ?? org.asFunder.name}</EntityLink>
          </p>
        )}
      </Header>
      <Section title="Leads" count={leads.length} testId="org-leads" capped={org.projects.length >= LIST_CAP}>
        {leads.map((p) => (
          <Fact key={p.project.key} sources={p.sources} ambiguities={p.ambiguities} years={p.years}>
            <EntityLink entity={p.project} /> <Badge>{label(p.project.status)}</Badge>
          </Fact>
        ))}
      </Section>
      <Section title="Takes part in" count={others.length} testId="org-projects" capped={org.projects.length >= LIST_CAP}>
        {others.map((p) => (
          <Fact key={p.project.key} sources={p.sources} ambiguities={p.ambiguities} years={p.years}>
            {label(p.role)} in <EntityLink entity={p.project} /> <Badge>{label(p.project.status)}</Badge>
          </Fact>
        ))}
      </Section>
      <Collaborators entityKey={org.key} year={year} />
      <Section title="Funders of its projects" count={funders.size}>
        {[...funders.values()].map(({ funder, items }) => (
          <li className="fact" key={funder.key}>
            <div className="fact-main">
              <EntityLink entity={funder}>{funder.shortName ? `${funder.shortName} (${funder.name})` : funder.name}</EntityLink> funds{' '}
              {items.map((i, n) => (
                <span key={i.project.key}>
                  {n > 0 && ', '}
                  <EntityLink entity={i.project} />
                </span>
              ))}
            </div>
            <Quotes sources={dedupe(items.flatMap((i) => i.sources))} />
          </li>
        ))}
      </Section>
      <Section title="Seats" count={org.seats.length} testId="org-seats">
        {org.seats.map((s) => (
          <Fact key={s.key} sources={s.sources} ambiguities={s.ambiguities} years={[s.year]}>
            {s.person ? <EntityLink entity={s.person} /> : 'vacant'}: {label(s.role)}
            {s.title && <> ({s.title})</>} in {s.body ? <EntityLink entity={s.body} /> : 'a body'}
            {s.deputyFor?.person && (
              <>
                , deputy for <EntityLink entity={s.deputyFor.person} />
              </>
            )}
          </Fact>
        ))}
      </Section>
      <Section title="Member of" count={org.memberships.length}>
        {org.memberships.map((m) => (
          <Fact key={m.body.key} sources={m.sources} years={m.years}>
            {label(m.role)} of <EntityLink entity={m.body} />
          </Fact>
        ))}
      </Section>
      <Section title="People" count={org.people.length}>
        {org.people.map((a, i) => (
          <Fact key={`${a.person.key}-${i}`} sources={a.sources} years={a.years}>
            <EntityLink entity={a.person} />
            {a.title && <>, {a.title}</>}
          </Fact>
        ))}
      </Section>
      <Section title="Organises" count={org.organizes.length}>
        {org.organizes.map((o) => (
          <Fact key={o.target.key} sources={o.sources} years={o.years}>
            {label(o.role)}: <EntityLink entity={{ key: o.target.key, name: 'name' in o.target ? o.target.name : undefined }} />
          </Fact>
        ))}
      </Section>
      <Section title="Funds" count={org.funds.length}>
        {org.funds.map((f) => (
          <Fact key={f.project.key} sources={f.sources} years={f.years}>
            <EntityLink entity={f.project} />
          </Fact>
        ))}
      </Section>
      {org.units.length > 0 && (
        <Section title="Units" count={org.units.length}>
          {org.units.map((u) => (
            <li className="fact" key={u.key}>
              <EntityLink entity={u} />
            </li>
          ))}
        </Section>
      )}
    </>
  );
}

function dedupe(sources: QuoteFragment[]): QuoteFragment[] {
  const seen = new Set<string>();
  return sources.filter((s) => {
    const id = `${s.reportKey}|${s.quote}`;
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** Whom it works with: the analytics API's collaborators, strongest ties first, with what they share. */
function Collaborators({ entityKey, year }: { entityKey: string; year?: number }) {
  const { data, error, loading } = useQuery(ExplorerCollaboratorsDocument, { key: entityKey, year });
  if (error) return <ErrorNote error={error} />;
  if (loading || !data) return <Loading what="Finding collaborators" />;
  return (
    <Section title="Works with" count={data.collaborators.length} testId="collaborators" capped={data.collaborators.length >= 200}>
      {data.collaborators.map((c) => (
        <li className="fact" key={c.entity.key}>
          <div className="fact-main">
            <EntityLink entity={{ key: c.entity.key, name: 'name' in c.entity ? c.entity.name : undefined }} />{' '}
            <span className="weight" title="Shared projects, bodies and events">
              ×{c.weight}
            </span>
            <div className="via">
              through{' '}
              {c.via.map((v, n) => (
                <span key={v.key}>
                  {n > 0 && ', '}
                  <EntityLink entity={{ key: v.key, name: 'name' in v ? v.name : undefined }} />
                </span>
              ))}
            </div>
          </div>
        </li>
      ))}
    </Section>
  );
}

function ProjectDetails({ entityKey, year }: { entityKey: string; year?: number }) {
  const { data, error, loading } = useQuery(ExplorerProjectDocument, { key: entityKey, year });
  if (error) return <ErrorNote error={error} />;
  if (loading || !data) return <Loading />;
  const p = data.project;
  if (!p) return <p className="empty">Not found.</p>;
  const leads = p.participants.filter((x) => x.role === 'LEAD');
  const others = p.participants.filter((x) => x.role !== 'LEAD');
  const span = p.startYear || p.endYear ? `${p.startYear ?? '…'}–${p.endYear ?? '…'}` : null;
  return (
    <>
      <Header name={p.name} typename="Project" entityKey={p.key} kind={p.status} years={p.years} sources={p.sources} ambiguities={p.ambiguities}>
        {p.shortName && <p className="aka">Short name: {p.shortName}</p>}
        {span && <p className="aka">Runs {span}</p>}
        {p.statusHistory.length > 1 && (
          <p className="aka">Status by year: {p.statusHistory.map((s) => `${s.year} ${label(s.status)}`).join(' → ')}</p>
        )}
        {p.programme && (
          <p className="aka">
            Programme: <EntityLink entity={p.programme} />
          </p>
        )}
        {p.parent && (
          <p className="aka">
            Sub-project of <EntityLink entity={p.parent} />
          </p>
        )}
      </Header>
      <Section title="Lead organisation" count={leads.length} testId="project-leads" capped={p.participants.length >= LIST_CAP}>
        {leads.map((x) => (
          <Fact key={x.organization.key} sources={x.sources} ambiguities={x.ambiguities} years={x.years} testId="lead">
            <EntityLink entity={x.organization} />
          </Fact>
        ))}
      </Section>
      <Section title="Participants" count={others.length} testId="project-participants" capped={p.participants.length >= LIST_CAP}>
        {others.map((x) => (
          <Fact key={`${x.organization.key}-${x.role}`} sources={x.sources} ambiguities={x.ambiguities} years={x.years}>
            <EntityLink entity={x.organization} /> — {label(x.role)}
          </Fact>
        ))}
      </Section>
      <Section title="Funders" count={p.funders.length} testId="project-funders">
        {p.funders.map((f) => (
          <Fact key={f.funder.key} sources={f.sources} ambiguities={f.ambiguities} years={f.years}>
            <EntityLink entity={f.funder}>{f.funder.shortName ? `${f.funder.shortName} (${f.funder.name})` : f.funder.name}</EntityLink>
          </Fact>
        ))}
      </Section>
      <Section title="People" count={p.people.length}>
        {p.people.map((c, i) => (
          <Fact key={`${c.person.key}-${i}`} sources={c.sources} years={c.years}>
            <EntityLink entity={c.person} /> — {label(c.role)}
          </Fact>
        ))}
      </Section>
      <Section title="Sub-projects" count={p.subprojects.length}>
        {p.subprojects.map((s) => (
          <li className="fact" key={s.key}>
            <EntityLink entity={s} />
          </li>
        ))}
      </Section>
    </>
  );
}

function PersonDetails({ entityKey, year }: { entityKey: string; year?: number }) {
  const { data, error, loading } = useQuery(ExplorerPersonDocument, { key: entityKey, year });
  if (error) return <ErrorNote error={error} />;
  if (loading || !data) return <Loading />;
  const p = data.person;
  if (!p) return <p className="empty">Not found.</p>;
  return (
    <>
      <Header name={p.name} typename="Person" entityKey={p.key} years={p.years} sources={p.sources} ambiguities={p.ambiguities} />
      <Section title="Titles" count={p.affiliations.length}>
        {p.affiliations.map((a, i) => (
          <Fact key={`${a.organization.key}-${i}`} sources={a.sources} ambiguities={a.ambiguities} years={a.years}>
            {a.title ?? 'works'} at <EntityLink entity={a.organization} />
          </Fact>
        ))}
      </Section>
      <Section title="Seats" count={p.seats.length}>
        {p.seats.map((s) => (
          <Fact key={s.key} sources={s.sources} ambiguities={s.ambiguities} years={[s.year]}>
            {label(s.role)}
            {s.title && <> ({s.title})</>} in {s.body ? <EntityLink entity={s.body} /> : 'a body'}
            {s.represents && (
              <>
                , for <EntityLink entity={s.represents} />
              </>
            )}
            {s.deputyFor?.person && (
              <>
                , deputy for <EntityLink entity={s.deputyFor.person} />
              </>
            )}
            {s.deputies.length > 0 && (
              <>
                , deputies:{' '}
                {s.deputies.map((d, n) => (
                  <span key={n}>
                    {n > 0 && ', '}
                    {d.person ? <EntityLink entity={d.person} /> : '—'}
                  </span>
                ))}
              </>
            )}
          </Fact>
        ))}
      </Section>
      <Section title="Roles" count={p.contributions.length}>
        {p.contributions.map((c, i) => (
          <Fact key={`${c.target.key}-${i}`} sources={c.sources} years={c.years}>
            {label(c.role)} in <EntityLink entity={{ key: c.target.key, name: 'name' in c.target ? c.target.name : undefined }} />
          </Fact>
        ))}
      </Section>
      <Section title="Member of" count={p.memberships.length}>
        {p.memberships.map((m) => (
          <Fact key={m.body.key} sources={m.sources} years={m.years}>
            {label(m.role)} of <EntityLink entity={m.body} />
          </Fact>
        ))}
      </Section>
      <Collaborators entityKey={p.key} year={year} />
    </>
  );
}

function BodyDetails({ entityKey, year }: { entityKey: string; year?: number }) {
  const { data, error, loading } = useQuery(ExplorerBodyDocument, { key: entityKey, year });
  if (error) return <ErrorNote error={error} />;
  if (loading || !data) return <Loading />;
  const b = data.body;
  if (!b) return <p className="empty">Not found.</p>;
  return (
    <>
      <Header name={b.name} typename="Body" entityKey={b.key} kind={b.kind} years={b.years} sources={b.sources} ambiguities={b.ambiguities}>
        {b.size != null && (
          <p className="aka">
            {b.sizeApproximate ? 'About ' : ''}
            {b.size} members
          </p>
        )}
        {b.meetingsPerYear != null && <p className="aka">Meets {b.meetingsPerYear} times a year</p>}
        {b.organization && (
          <p className="aka">
            Belongs to <EntityLink entity={b.organization} />
          </p>
        )}
      </Header>
      <Section title="Seats" count={b.seats.length} testId="body-seats">
        {b.seats.map((s) => (
          <Fact key={s.key} sources={s.sources} ambiguities={s.ambiguities} years={[s.year]}>
            {s.person ? <EntityLink entity={s.person} /> : 'vacant'} — {label(s.role)}
            {s.title && <> ({s.title})</>}
            {s.represents && (
              <>
                , for <EntityLink entity={s.represents} />
              </>
            )}
            {s.deputyFor?.person && (
              <>
                , deputy for <EntityLink entity={s.deputyFor.person} />
              </>
            )}
          </Fact>
        ))}
      </Section>
      <Section title="Members" count={b.members.length}>
        {b.members.map((m) => (
          <Fact key={m.member.key} sources={m.sources} years={m.years}>
            <EntityLink entity={{ key: m.member.key, name: 'name' in m.member ? m.member.name : undefined }} /> — {label(m.role)}
          </Fact>
        ))}
      </Section>
    </>
  );
}

function FunderDetails({ entityKey, year }: { entityKey: string; year?: number }) {
  const { data, error, loading } = useQuery(ExplorerFunderDocument, { key: entityKey, year });
  if (error) return <ErrorNote error={error} />;
  if (loading || !data) return <Loading />;
  const f = data.funder;
  if (!f) return <p className="empty">Not found.</p>;
  return (
    <>
      <Header name={f.shortName ? `${f.shortName} — ${f.name}` : f.name} typename="Funder" entityKey={f.key} kind={f.funderKind} years={f.years} sources={f.sources} ambiguities={f.ambiguities}>
        {f.names?.en && <p className="aka">In English: {f.names.en}</p>}
        {f.parent && (
          <p className="aka">
            Part of <EntityLink entity={f.parent} />
          </p>
        )}
        {f.organization && (
          <p className="aka">
            The organisation: <EntityLink entity={f.organization} />
          </p>
        )}
        {f.children.length > 0 && (
          <p className="aka">
            Funds within:{' '}
            {f.children.map((c, n) => (
              <span key={c.key}>
                {n > 0 && ', '}
                <EntityLink entity={c} />
              </span>
            ))}
          </p>
        )}
      </Header>
      <Section title="Funds (portfolio)" count={f.projects.length} testId="funder-projects">
        {f.projects.map((x) => (
          <Fact key={x.project.key} sources={x.sources} ambiguities={x.ambiguities} years={x.years}>
            <EntityLink entity={x.project} /> <Badge>{label(x.project.status)}</Badge>
            {x.project.leads.length > 0 && (
              <span className="via">
                {' '}
                led by{' '}
                {x.project.leads.map((l, n) => (
                  <span key={l.organization.key}>
                    {n > 0 && ', '}
                    <EntityLink entity={l.organization} />
                  </span>
                ))}
              </span>
            )}
          </Fact>
        ))}
      </Section>
    </>
  );
}

function OtherDetails({ entityKey, year }: { entityKey: string; year?: number }) {
  const { data, error, loading } = useQuery(ExplorerOtherDocument, { key: entityKey, year });
  if (error) return <ErrorNote error={error} />;
  if (loading || !data) return <Loading />;
  const e = data.entity;
  if (!e) return <p className="empty">Not found.</p>;
  switch (e.__typename) {
    case 'Programme':
      return (
        <>
          <Header name={e.name} typename="Programme" entityKey={e.key} years={e.years} sources={e.sources} ambiguities={e.ambiguities}>
            {e.parent && (
              <p className="aka">
                Part of <EntityLink entity={e.parent} />
              </p>
            )}
          </Header>
          <Section title="Coordinated by" count={e.coordinators.length}>
            {e.coordinators.map((c) => (
              <Fact key={c.organization.key} sources={c.sources}>
                <EntityLink entity={c.organization} />
              </Fact>
            ))}
          </Section>
          <Section title="Projects" count={e.projects.length}>
            {e.projects.map((p) => (
              <li className="fact" key={p.key}>
                <EntityLink entity={p} /> <Badge>{label(p.status)}</Badge>
              </li>
            ))}
          </Section>
          <Section title="Programmes within" count={e.children.length}>
            {e.children.map((c) => (
              <li className="fact" key={c.key}>
                <EntityLink entity={c} />
              </li>
            ))}
          </Section>
        </>
      );
    case 'Event':
      return (
        <>
          <Header name={e.name} typename="Event" entityKey={e.key} kind={e.status} years={e.years} sources={e.sources} ambiguities={e.ambiguities}>
            <p className="aka">{[e.date ?? e.month, e.place, label(e.format)].filter(Boolean).join(' · ')}</p>
          </Header>
          <Section title="Organised by" count={e.organizers.length}>
            {e.organizers.map((o) => (
              <Fact key={o.organization.key} sources={o.sources}>
                <EntityLink entity={o.organization} />
              </Fact>
            ))}
          </Section>
          <Section title="People" count={e.people.length}>
            {e.people.map((c, i) => (
              <Fact key={`${c.person.key}-${i}`} sources={c.sources}>
                <EntityLink entity={c.person} /> — {label(c.role)}
              </Fact>
            ))}
          </Section>
        </>
      );
    case 'Priority':
      return (
        <>
          <Header name={`${e.code}. ${e.title}`} typename="Priority" entityKey={e.key} years={e.years} sources={e.sources} ambiguities={e.ambiguities}>
            {e.titles.length > 1 && <p className="aka">Also worded: {e.titles.filter((t) => t !== e.title).join(' · ')}</p>}
          </Header>
          <Section title="Evaluations" count={e.evaluations.length}>
            {e.evaluations.map((v) => (
              <Fact key={v.key} sources={v.sources}>
                {v.year} {v.region}: <strong>{v.value}</strong> / {v.scaleMax}
                {v.respondents != null && ` (${v.respondents}${v.surveyed != null ? ` of ${v.surveyed}` : ''} answered)`}
              </Fact>
            ))}
          </Section>
        </>
      );
    case 'Report':
      return (
        <Header name={e.reportTitle} typename="Report" entityKey={e.key} years={e.years} sources={e.sources} ambiguities={e.ambiguities}>
          <p className="aka">
            {e.region} {e.year}, signed {e.reportDate}
            {e.author && (
              <>
                {' '}
                by <EntityLink entity={e.author} />
              </>
            )}
          </p>
        </Header>
      );
    case 'Evaluation':
      return (
        <Header name={`${e.priority ? `${e.priority.code}. ${e.priority.title}` : 'Evaluation'}: ${e.value}`} typename="Evaluation" entityKey={e.key} years={e.years} sources={e.sources} ambiguities={e.ambiguities}>
          <p className="aka">
            {e.region} {e.year}
          </p>
        </Header>
      );
    case 'Seat':
      return (
        <Header name={`${e.person?.name ?? 'Seat'} — ${label(e.role)}`} typename="Seat" entityKey={e.key} years={e.years} sources={e.sources} ambiguities={e.ambiguities}>
          <p className="aka">
            {e.seatTitle} {e.body && <EntityLink entity={e.body} />} {e.represents && <>for <EntityLink entity={e.represents} /></>}
          </p>
        </Header>
      );
    default:
      return <Header name={e.key} typename={e.__typename} entityKey={e.key} years={e.years} sources={e.sources} ambiguities={e.ambiguities} />;
  }
}
