/**
 * The collaboration memberships of the graph model (MEMBERSHIPS in src/graph/model.ts) as one Cypher UNION per kind
 * of member: rows {member, item, itemType, itemName} of one year ($year) or of all ($year null). The analytics
 * projection can read these instead of spelling the paths out.
 */
import { entity, MEMBERSHIPS, type Membership } from '../../graph/model.js';
import { vocabulary } from './graph.queries.js';

function branch(m: Membership): string {
  let pattern = `(m:${vocabulary(entity(m.member).label)})`;
  m.path.forEach((s, i) => {
    const last = i === m.path.length - 1;
    const rel = i === 0 && m.yearOn === 'rel' ? `[r:${vocabulary(s.rel)}]` : `[:${vocabulary(s.rel)}]`;
    const node = `(${last ? 'i' : 's'}:${vocabulary(s.to)})`;
    pattern += s.direction === 'out' ? `-${rel}->${node}` : `<-${rel}-${node}`;
  });
  const item = m.path[m.path.length - 1]!.to;
  return `MATCH ${pattern} WHERE ($year IS NULL OR $year IN ${m.yearOn === 'rel' ? 'r' : 's'}.years)
RETURN m.key AS member, i.key AS item, '${vocabulary(item)}' AS itemType, i.name AS itemName`;
}

/** The UNION of every membership path of this kind of member. */
export function membershipsCypher(member: Membership['member']): string {
  return MEMBERSHIPS.filter((m) => m.member === member)
    .map(branch)
    .join('\nUNION\n');
}
