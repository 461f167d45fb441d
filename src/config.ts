/**
 * Configuration: read from the environment once, validated with zod, every problem reported at once.
 * Nothing else in the code reads process.env.
 */
import path from 'node:path';
import { z } from 'zod';
// The operation limits' defaults are the API's (a server built without a config has them too); the environment overrides.
import { DEFAULT_LIMITS } from './api/limits.js';

export const NEO4J_URI_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'] as const;

const boolean = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'])
  .transform((v) => v === 'true' || v === '1' || v === 'yes');
const port = z.coerce.number().int().min(0).max(65535);
const positiveInt = z.coerce.number().int().positive();

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  HOST: z.string().min(1).default('127.0.0.1'),
  PORT: port.default(4000),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  NEO4J_URI: z
    .string()
    .refine((u) => {
      try {
        const scheme = new URL(u).protocol.replace(/:$/, '');
        return (NEO4J_URI_SCHEMES as readonly string[]).includes(scheme);
      } catch {
        return false;
      }
    }, `must be a URL with one of the schemes ${NEO4J_URI_SCHEMES.join(', ')} (e.g. neo4j+s://xxxx.databases.neo4j.io)`)
    .optional(),
  NEO4J_USER: z.string().default('neo4j'),
  NEO4J_PASSWORD: z.string().default(''),
  NEO4J_DATABASE: z.string().min(1).default('neo4j'),
  NEO4J_LOCAL_PORT: port.default(7687),
  NEO4J_DATA_DIR: z.string().min(1).default('.neo4j/data'),
  NEO4J_START_TIMEOUT_MS: positiveInt.default(180_000),
  NEO4J_TX_TIMEOUT_MS: positiveInt.default(10_000),
  NEO4J_MAX_POOL_SIZE: positiveInt.default(50),

  SEED_ON_START: boolean.default(true),
  SEED_PATH: z.string().min(1).default('seeds'),

  NEO4J_STARTUP_WAIT_MS: z.coerce.number().int().min(0).default(0),
  REQUEST_TIMEOUT_MS: positiveInt.default(15_000),
  GRAPHQL_INTROSPECTION: boolean.optional(),
  GRAPHQL_IDE: boolean.optional(),
  GRAPHQL_MAX_DEPTH: positiveInt.default(DEFAULT_LIMITS.maxDepth),
  GRAPHQL_MAX_ALIASES: positiveInt.default(DEFAULT_LIMITS.maxAliases),
  GRAPHQL_MAX_TOKENS: positiveInt.default(DEFAULT_LIMITS.maxTokens),
  GRAPHQL_MAX_DIRECTIVES: positiveInt.default(DEFAULT_LIMITS.maxDirectives),
  GRAPHQL_MAX_COST: positiveInt.default(DEFAULT_LIMITS.maxCost),
  RESPONSE_CACHE_MB: z.coerce.number().min(0).default(64),
  TRUSTED_DOCUMENTS: z.string().default('web/src/generated/persisted-documents.json,test/generated/persisted-documents.json'),
  TRUSTED_DOCUMENTS_ONLY: boolean.default(false),
  API_KEYS: z.string().optional(),
  CORS_ORIGINS: z.string().optional(),
});

export type Env = z.infer<typeof EnvSchema>;

export interface Config {
  env: Env['NODE_ENV'];
  host: string;
  port: number;
  logLevel: Env['LOG_LEVEL'];
  neo4j: {
    /** Absent: start the local Neo4j. */
    uri?: string;
    user: string;
    password: string;
    database: string;
    txTimeoutMs: number;
    maxPoolSize: number;
    local: { port: number; dataDir: string; startTimeoutMs: number };
  };
  seed: { onStart: boolean; path: string };
  api: {
    /** 0: exit at once when Neo4j cannot be reached; otherwise keep retrying (503 on /readyz) for this long. */
    startupWaitMs: number;
    requestTimeoutMs: number;
    introspection: boolean;
    ide: boolean;
    limits: { maxDepth: number; maxAliases: number; maxTokens: number; maxDirectives: number; maxCost: number };
    apiKeys: string[];
    corsOrigins: string[];
    /** Characters of answer JSON the in-memory response cache may hold (RESPONSE_CACHE_MB × 2^20); 0: no response cache. */
    responseCacheChars: number;
    /** Manifests of trusted documents (hash → document), absolute paths. */
    trustedDocuments: string[];
    /** Refuse free-form documents: only trusted documents (by documentId) run. */
    trustedDocumentsOnly: boolean;
  };
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Empty strings count as unset, as they do in most shells' `VAR= cmd`. */
function withoutEmpty(env: NodeJS.ProcessEnv): Record<string, string> {
  return Object.fromEntries(Object.entries(env).filter((e): e is [string, string] => e[1] !== undefined && e[1] !== ''));
}

const list = (v: string | undefined) => (v ?? '').split(',').map((x) => x.trim()).filter(Boolean);

export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): Config {
  const parsed = EnvSchema.safeParse(withoutEmpty(env));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((i) => `${i.path.join('.') || '(environment)'}: ${i.message}`));
  }
  const e = parsed.data;
  return {
    env: e.NODE_ENV,
    host: e.HOST,
    port: e.PORT,
    logLevel: e.LOG_LEVEL,
    neo4j: {
      uri: e.NEO4J_URI,
      user: e.NEO4J_USER,
      password: e.NEO4J_PASSWORD,
      database: e.NEO4J_DATABASE,
      txTimeoutMs: e.NEO4J_TX_TIMEOUT_MS,
      maxPoolSize: e.NEO4J_MAX_POOL_SIZE,
      local: {
        port: e.NEO4J_LOCAL_PORT,
        dataDir: path.resolve(cwd, e.NEO4J_DATA_DIR),
        startTimeoutMs: e.NEO4J_START_TIMEOUT_MS,
      },
    },
    seed: { onStart: e.SEED_ON_START, path: path.resolve(cwd, e.SEED_PATH) },
    api: {
      startupWaitMs: e.NEO4J_STARTUP_WAIT_MS,
      requestTimeoutMs: e.REQUEST_TIMEOUT_MS,
      introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
      ide: e.GRAPHQL_IDE ?? e.NODE_ENV !== 'production',
      limits: {
        maxDepth: e.GRAPHQL_MAX_DEPTH,
        maxAliases: e.GRAPHQL_MAX_ALIASES,
        maxTokens: e.GRAPHQL_MAX_TOKENS,
        maxDirectives: e.GRAPHQL_MAX_DIRECTIVES,
        maxCost: e.GRAPHQL_MAX_COST,
      },
      apiKeys: list(e.API_KEYS),
      corsOrigins: list(e.CORS_ORIGINS),
      responseCacheChars: Math.round(e.RESPONSE_CACHE_MB * 1024 * 1024),
      trustedDocuments: list(e.TRUSTED_DOCUMENTS).map((f) => path.resolve(cwd, f)),
      trustedDocumentsOnly: e.TRUSTED_DOCUMENTS_ONLY,
    },
  };
}
