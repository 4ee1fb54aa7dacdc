// Starts another Slipway from the same production build, with its own environment,
// for tests that need a different engine address. Ends it by its pid.
import { type ChildProcess, spawn } from "node:child_process";
import path from "node:path";

export interface RunningSlipway {
  url: string;
  stop: () => Promise<void>;
}

export async function startSlipway(
  port: number,
  env: Record<string, string>,
): Promise<RunningSlipway> {
  const root = path.resolve(__dirname, "../..");
  // The same server as `npm start` (scripts/start.sh), from the bundle the build made.
  const bundle = path.join(root, process.env.SLIPWAY_DIST_DIR || ".next", "slipway-server.js");
  const child: ChildProcess = spawn(process.execPath, [bundle], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: "production",
      SLIPWAY_HOST: "127.0.0.1",
      SLIPWAY_PORT: String(port),
      ...env,
    },
    stdio: "ignore",
  });
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      // Any answer of Slipway's means it listens: with a token, health answers 401.
      if (response.ok || response.status === 401) break;
    } catch {
      // Not listening yet.
    }
    if (child.exitCode !== null) throw new Error(`Slipway on port ${port} exited early`);
    await new Promise((r) => setTimeout(r, 300));
  }
  if (Date.now() >= deadline) throw new Error(`Slipway on port ${port} did not answer in 60 s`);
  return {
    url,
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
