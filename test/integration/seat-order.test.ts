/**
 * Seats in the documented order, as an analyst reads the steering group of 2020: every member followed by its
 * deputies, then the presenters; the order is the database's (before LIMIT), so the first five are the first five of
 * the whole list.
 */
import { describe, expect, it } from 'vitest';
import { SteeringGroupInOrderDocument } from '../generated/graphql.js';
import { withReport2020 } from '../support/report-2020.js';

const { api } = withReport2020();
const BODY = 'body:keski-pohjanmaa-alueohjausryhma';

describe('seats of the 2020 steering group', () => {
  it('come member, its deputies, …, then presenters', async () => {
    const { data, errors } = await api.run(SteeringGroupInOrderDocument, { key: BODY, first: 100 });
    expect(errors).toBeUndefined();
    const seats = data!.body!.seats;
    expect(seats.length).toBeGreaterThan(15);
    const roles = seats.map((s) => s.role);
    expect(roles).toContain('DEPUTY');
    expect(roles).toContain('PRESENTER');
    // Presenters last.
    const firstPresenter = roles.indexOf('PRESENTER');
    expect(roles.slice(firstPresenter).every((r) => r === 'PRESENTER')).toBe(true);
    // Each deputy comes right after its member or after another deputy of the same member.
    seats.forEach((s, i) => {
      if (s.role !== 'DEPUTY') return;
      const before = seats[i - 1]!;
      const headBefore = before.role === 'DEPUTY' ? before.deputyFor?.key : before.key;
      expect(headBefore, `${s.key} after ${before.key}`).toBe(s.deputyFor!.key);
    });
    // The first member is Soite's first, with the quote naming her; her deputy follows.
    expect(seats[0]!.role).toBe('MEMBER');
    expect(seats[1]!.deputyFor?.key).toBe(seats[0]!.key);
    expect(seats[0]!.sources[0]!.quote).toContain(seats[0]!.person!.name);
  });

  it('are ordered before LIMIT: the first five are the first five of the whole list', async () => {
    const all = await api.run(SteeringGroupInOrderDocument, { key: BODY, first: 100 });
    const five = await api.run(SteeringGroupInOrderDocument, { key: BODY, first: 5 });
    expect(five.data!.body!.seats.map((s) => s.key)).toEqual(all.data!.body!.seats.slice(0, 5).map((s) => s.key));
  });
});
