// Container helpers shared by the container API tests: every container is labelled,
// named by testName(), and removed by name when the file ends.
import net from "node:net";
import { docker, testLabels, testName } from "./docker";
import { BASE_IMAGE } from "./env";
import { apiJson } from "./http";

export interface PortView {
  hostIp: string | null;
  hostPort: number | null;
  containerPort: number;
  protocol: string;
  url: string | null;
}

export interface ErrorBody {
  error: { code: string; message: string };
}

export interface Created extends ErrorBody {
  id: string;
  name: string;
  ports: PortView[];
  state: string;
  exitCode: number | null;
  warnings: string[];
}

/** A web server on :8000 whose index page says hello-from-slipway. */
export const SERVE =
  "mkdir -p /www && echo hello-from-slipway > /www/index.html && httpd -f -p 8000 -h /www";
/** Idles until stopped; busybox sh as PID 1 ignores SIGTERM, so the trap makes stop quick. */
export const IDLE = "trap 'exit 0' TERM; while true; do sleep 1; done";

export function containerNames() {
  const made: string[] = [];
  return {
    name(what: string) {
      const n = testName(what);
      made.push(n);
      return n;
    },
    async removeAll() {
      for (const n of made) {
        await docker
          .getContainer(n)
          .remove({ force: true, v: true })
          .catch(() => undefined);
      }
    },
  };
}

/** A port nothing listens on right now (the kernel's pick, released at once). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/** POST /api/docker/containers with the base image and the test label unless overridden. */
export function runContainer(body: Record<string, unknown>) {
  return apiJson<Created>("POST", "/api/docker/containers", {
    image: BASE_IMAGE,
    labels: testLabels,
    ...body,
  });
}

export function containersNamed(n: string) {
  return docker.listContainers({ all: true, filters: { name: [`^/${n}$`] } });
}
