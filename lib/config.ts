import "server-only";
import os from "node:os";
import path from "node:path";
import { z } from "zod";

// Environment read once and validated, so a wrong value fails with its name.
const schema = z.object({
  SLIPWAY_HOST: z.string().min(1).default("127.0.0.1"),
  SLIPWAY_PORT: z.coerce.number().int().min(1).max(65535).default(7420),
  SLIPWAY_TOKEN: z.string().min(16, "SLIPWAY_TOKEN must be at least 16 characters").optional(),
  SLIPWAY_ALLOWED_HOSTS: z.string().optional(),
  SLIPWAY_DATA_DIR: z.string().optional(),
  DOCKER_HOST: z.string().optional(),
});

export type Config = {
  host: string;
  port: number;
  token: string | undefined;
  allowedHosts: string[];
  dataDir: string;
  dockerHost: string | undefined;
};

let cached: Config | undefined;

export function config(): Config {
  if (cached) return cached;
  const parsed = schema.safeParse(emptyToUndefined(process.env));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`);
    throw new Error(`Invalid environment: ${problems.join("; ")}`);
  }
  const env = parsed.data;
  cached = {
    host: env.SLIPWAY_HOST,
    port: env.SLIPWAY_PORT,
    token: env.SLIPWAY_TOKEN,
    allowedHosts: (env.SLIPWAY_ALLOWED_HOSTS ?? "")
      .split(",")
      .map((h) => h.trim().toLowerCase())
      .filter(Boolean),
    dataDir: env.SLIPWAY_DATA_DIR ?? path.join(os.homedir(), ".slipway"),
    dockerHost: env.DOCKER_HOST,
  };
  return cached;
}

function emptyToUndefined(env: NodeJS.ProcessEnv): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v === "" ? undefined : v]));
}
