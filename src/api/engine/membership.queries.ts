/**
 * The collaboration memberships of the graph model (MEMBERSHIPS in src/graph/model.ts) as one Cypher UNION per kind
 * of member: rows {member, item, itemType, itemName} of one year ($year) or of all ($year null). The analytics
 * projection can read these instead of spelling the paths out.
 */
import { entity, MEMBERSHIPS, type Membership } from '../../graph/model.js';
import { vocabulary } from './graph.queries.js';

const ofYear = (v: string) => `($year IS NULL OR $year IN ${v}.years)`;

function branch(m: Membership, stated: (v: string) => string): string {
  let pattern = `(m:${vocabulary(entity(m.member).label)})`;
  m.path.forEach((s, i) => {
    const last = i === m.path.length - 1;
    const rel = i === 0 && m.yearOn === 'rel' ? `[r:${vocabulary(s.rel)}]` : `[:${vocabulary(s.rel)}]`;
    const node = `(${last ? 'i' : 's'}:${vocabulary(s.to)})`;
    pattern += s.direction === 'out' ? `-${rel}->${node}` : `<-${rel}-${node}`;
  });
  const item = m.path[m.path.length - 1]!.to;
  return `MATCH ${pattern} WHERE ${stated(m.yearOn === 'rel' ? 'r' : 's')}
RETURN m.key AS member, i.key AS item, '${vocabulary(item)}' AS itemType, i.name AS itemName`;
}

/**
 * The UNION of every membership path of this kind of member. `stated` is the test of the element that states a
 * membership (the year test by default; the analytics add a region's reports).
 */
export function membershipsCypher(member: Membership['member'], stated: (v: string) => string = ofYear): string {
  return MEMBERSHIPS.filter((m) => m.member === member)
    .map((m) => branch(m, stated))
    .join('\nUNION\n');
}
