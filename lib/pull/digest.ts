/** The digest the engine names in its pull's "Digest: sha256:..." line. */
export function digestOf(status: string): string | undefined {
  return /^Digest: (sha256:[0-9a-f]{64})$/.exec(status.trim())?.[1];
}
