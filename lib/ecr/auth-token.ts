// ECR's authorization token (case E1): base64 of "AWS:<password>". The engine
// wants the decoded user and password, never the raw token. Pure.

export interface RegistryCredentials {
  username: string;
  password: string;
}

export function decodeAuthorizationToken(token: string): RegistryCredentials {
  const decoded = atob(token.trim());
  const colon = decoded.indexOf(":");
  if (colon <= 0) throw new Error("The ECR authorization token is not user:password in base64");
  return { username: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}

/** Tokens last 12 hours; ask again this long before they expire. */
export const TOKEN_RENEW_MARGIN_MS = 5 * 60_000;

export function tokenStillGood(expiresAt: Date | undefined, now = Date.now()): boolean {
  return expiresAt !== undefined && expiresAt.getTime() - TOKEN_RENEW_MARGIN_MS > now;
}
