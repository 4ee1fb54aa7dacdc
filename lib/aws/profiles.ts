import "server-only";
import { loadSharedConfigFiles } from "@smithy/shared-ini-file-loader";
import { invalidInput } from "@/lib/errors";

// Profile names from the shared config and credentials files (AWS_CONFIG_FILE,
// AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/...). Only names and the settings a person
// picks by are read out; keys and tokens stay in the files.

export interface AwsProfile {
  name: string;
  region: string | null;
  /** Signs in through IAM Identity Center: `aws sso login --profile <name>` refreshes it. */
  sso: boolean;
  /** Which files name it: "config", "credentials" or both. */
  files: Array<"config" | "credentials">;
}

// Sections of the config file that are not profiles.
const NOT_PROFILES = /^(sso-session|services)\./;

export async function listProfiles(): Promise<AwsProfile[]> {
  // Read afresh each time: a profile added while Slipway runs shows up at once.
  const { configFile, credentialsFile } = await loadSharedConfigFiles({ ignoreCache: true });
  const profiles = new Map<string, AwsProfile>();
  for (const [name, settings] of Object.entries(configFile)) {
    if (NOT_PROFILES.test(name)) continue;
    profiles.set(name, {
      name,
      region: settings.region ?? null,
      sso: Boolean(settings.sso_session || settings.sso_start_url),
      files: ["config"],
    });
  }
  for (const name of Object.keys(credentialsFile)) {
    const known = profiles.get(name);
    if (known) known.files.push("credentials");
    else profiles.set(name, { name, region: null, sso: false, files: ["credentials"] });
  }
  return [...profiles.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The `region` a profile's config section sets, if any. */
export async function profileRegion(profile: string): Promise<string | null> {
  const { configFile } = await loadSharedConfigFiles();
  return configFile[profile]?.region ?? null;
}

export async function isSsoProfile(profile: string): Promise<boolean> {
  const { configFile } = await loadSharedConfigFiles();
  const settings = configFile[profile];
  return Boolean(settings?.sso_session || settings?.sso_start_url);
}

export async function checkProfileExists(profile: string): Promise<void> {
  const profiles = await listProfiles();
  if (profiles.some((p) => p.name === profile)) return;
  throw invalidInput(
    `Invalid body: profile: "${profile}" is in neither the AWS config nor the credentials file ` +
      `(create it with \`aws configure --profile ${profile}\`)`,
  );
}
