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
  const child: ChildProcess = spawn(
    path.join(root, "node_modules/.bin/next"),
    ["start", "-H", "127.0.0.1", "-p", String(port)],
    { cwd: root, env: { ...process.env, ...env }, stdio: "ignore" },
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) });
      // A Slipway started with a token answers 401 without it: it is up all the same.
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
