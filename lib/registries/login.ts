import "server-only";
import { getDocker } from "@/lib/docker/client";
import { type DockerodeError, dockerMessage } from "@/lib/docker/errors";
import { UNAUTHORIZED, unreachableMessage } from "@/lib/docker/registry-text";
import { AppError } from "@/lib/errors";
import type { RegistryCredentials } from "@/lib/registries/schemas";
import { engineServerAddress } from "@/lib/registries/server-name";

// Credentials are tried before they are saved: a typo would otherwise show only at the
// next pull, as a failure far from where it was made. The engine logs in (its /auth
// call, what `docker login` does) on the registry as it would for a pull; it keeps
// nothing. The registry gets LOGIN_TIMEOUT_MS to answer.

const LOGIN_TIMEOUT_MS = 20_000;
const NOT_SAVED = "Nothing was saved.";

/** Logs in to the registry through the request's engine; throws why it failed. */
export async function checkRegistryLogin(credentials: RegistryCredentials): Promise<void> {
  try {
    await getDocker().checkAuth({
      username: credentials.username,
      password: credentials.password,
      serveraddress: engineServerAddress(credentials.server),
      abortSignal: AbortSignal.timeout(LOGIN_TIMEOUT_MS),
    });
  } catch (error) {
    throw loginFailure(error as DockerodeError, credentials);
  }
}

/**
 * The refusal of a login as the user reads it, never holding the password. An error
 * without an HTTP status is the engine's own (unreachable): it is passed on as is.
 */
export function loginFailure(
  error: DockerodeError,
  { server, username }: Pick<RegistryCredentials, "server" | "username">,
): unknown {
  if ((error as Error).name === "AbortError" || (error as Error).name === "TimeoutError") {
    const seconds = LOGIN_TIMEOUT_MS / 1000;
    return new AppError(
      "upstream_error",
      `Registry ${server} did not answer the login within ${seconds} s. ${NOT_SAVED}`,
    );
  }
  if (typeof error.statusCode !== "number") return error;
  const text = dockerMessage(error);
  const unreachable = unreachableMessage(text, server);
  if (unreachable) return new AppError("upstream_error", `${unreachable}. ${NOT_SAVED}`);
  if (error.statusCode === 401 || UNAUTHORIZED.test(text)) {
    return new AppError(
      "unauthorized",
      `Registry ${server} refused the login of ${username} (unauthorized): check the ` +
        `username and password (engine: ${text}). ${NOT_SAVED}`,
    );
  }
  return new AppError(
    "upstream_error",
    `The login to registry ${server} failed: ${text}. ${NOT_SAVED}`,
  );
}
