/**
 * One network file: what both `networkExport` (GraphQL) and the plain download URLs (/export/network.<ext>) answer.
 */
import { describeTies, type TieChoice } from '../../../analytics/network.js';
import { exportNetwork, FORMAT_FILES, type NetworkFormat } from '../../../analytics/export.js';
import { AppError, ErrorCode } from '../../../errors.js';
import type { Context } from '../../context.js';
import { reportsOf, type MemberKind } from './analytics.queries.js';
import { reportsOfRegion } from './analytics.service.js';

export interface NetworkFile {
  content: string;
  mediaType: string;
  fileName: string;
}

export async function networkFile(
  services: Pick<Context, 'executor' | 'analytics' | 'graphVersion'>,
  args: { format: NetworkFormat; year: number | null; region: string | null; members: MemberKind; ties: TieChoice },
  signal?: AbortSignal,
): Promise<NetworkFile> {
  // An unknown region is NOT_FOUND naming the regions held (reportsOfRegion); a known one without a report that year is
  // NOT_FOUND as a year without a report is.
  await reportsOfRegion(services.executor, args.region, null, signal);
  const reports = await reportsOf(services.executor, args.year, args.region, signal);
  if (!reports.length) {
    const known = [...new Set((await reportsOf(services.executor, null, args.region, signal)).map((r) => r.year))].join(', ');
    const of = args.region ? ` of ${args.region}` : '';
    throw new AppError(
      ErrorCode.NotFound,
      args.year === null ? 'The graph holds no report yet.' : `No report${of} for ${args.year}: the graph holds reports${of} for ${known || 'no year'}.`,
    );
  }
  const net = await services.analytics.network(args.members, args.year, await services.graphVersion(), signal, args.ties, args.region);
  const [json, communities] = await Promise.all([net.json(signal), net.communities(undefined, signal)]);
  const content = exportNetwork(args.format, json, {
    year: args.year,
    members: args.members === 'Person' ? 'people' : 'organisations',
    reports: reports.map((r) => ({ key: r.key, title: r.title })),
    ties: describeTies(args.ties),
    modularity: communities.modularity,
  });
  const file = FORMAT_FILES[args.format];
  // The region in the name only as letters, digits and dashes: it goes into a header.
  const region = args.region ? `-${args.region.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}` : '';
  return { content, mediaType: file.mediaType, fileName: `botnia-network-${args.year ?? 'all'}${region}.${file.extension}` };
}
