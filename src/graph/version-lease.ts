/**
 * How an API replica knows the graph version without a database read per request, and still never answers from a
 * graph older than the newest import that committed before the request came.
 *
 * A replica's version read also says whether an import has announced itself (an ImportAnnouncement node). When none
 * has, the replica may use that version for VERSION_LEASE_MS from the moment it *sent* the read. An import that will
 * change the graph first commits its announcement, then waits IMPORT_COMMIT_DELAY_MS before its own commit: every
 * lease taken from a read that did not see the announcement has ended by then. While an announcement stands, replicas
 * read the version for every request, as they would with no lease at all. The import withdraws its announcement
 * once its transaction has ended (committed or not); one left by an importer that died expires (two transaction
 * timeouts and a few minutes: the replicas read the version for every request until then).
 *
 * Neo4j Community has no change feed to push a new version to the replicas; a lease needs only the database both
 * sides already share, and what it costs is the delay before an import's commit.
 */

/** How long a replica may use a version read that saw no announcement. */
export const VERSION_LEASE_MS = 1_000;

/** How long an import waits between its announcement's commit and its own: the lease, and room for clock drift. */
export const IMPORT_COMMIT_DELAY_MS = Math.ceil(VERSION_LEASE_MS * 1.1) + 20;

/** How much of an announcement's lifetime an import may not use: its change must commit well before it expires. */
export const ANNOUNCEMENT_MARGIN_MS = 60_000;

/**
 * When an announcement stops counting, from its creation (Neo4j's clock). The driver retries a failed transaction
 * for `retryMs` from its first failure, each attempt with a timeout of its own, so an import can commit up to two
 * timeouts after it began; the import checks before committing that its announcement still stands.
 */
export const announcementLifetimeMs = (txTimeoutMs: number, retryMs: number) => 2 * txTimeoutMs + retryMs + IMPORT_COMMIT_DELAY_MS + ANNOUNCEMENT_MARGIN_MS;
