/**
 * One network file: what both `networkExport` (GraphQL) and the plain download URLs (/export/network.<ext>) answer.
 */
import { describeTies, type TieChoice } from '../../../analytics/network.js';
import { exportNetwork, FORMAT_FILES, type NetworkFormat } from '../../../analytics/export.js';
import { AppError, ErrorCode } from '../../../errors.js';
import type { Context } from '../../context.js';
import { reportsOf, type MemberKind } from './analytics.queries.js';

export interface NetworkFile {
  content: string;
  mediaType: string;
  fileName: string;
}

export async function networkFile(
  services: Pick<Context, 'executor' | 'analytics' | 'graphVersion'>,
  args: { format: NetworkFormat; year: number | null; members: MemberKind; ties: TieChoice },
  signal?: AbortSignal,
): Promise<NetworkFile> {
  const reports = await reportsOf(services.executor, args.year, signal);
  if (!reports.length) {
    const known = [...new Set((await reportsOf(services.executor, null, signal)).map((r) => r.year))].join(', ');
    throw new AppError(
      ErrorCode.NotFound,
      args.year === null ? 'The graph holds no report yet.' : `No report for ${args.year}: the graph holds reports for ${known || 'no year'}.`,
    );
  }
  const net = await services.analytics.network(args.members, args.year, await services.graphVersion(), signal, args.ties);
  const [json, communities] = await Promise.all([net.json(signal), net.communities(undefined, signal)]);
  const content = exportNetwork(args.format, json, {
    year: args.year,
    members: args.members === 'Person' ? 'people' : 'organisations',
    reports: reports.map((r) => ({ key: r.key, title: r.title })),
    ties: describeTies(args.ties),
    modularity: communities.modularity,
  });
  const file = FORMAT_FILES[args.format];
  return { content, mediaType: file.mediaType, fileName: `botnia-network-${args.year ?? 'all'}.${file.extension}` };
}
