import { z } from "zod";

// The tags on everything Slipway creates in AWS. Cleanup finds an app's resources
// by them, so they are the same on every service; only the key/value spelling
// differs (ECS wants lower case, ECR and EC2 capitalised).

export const APP_TAG = "slipway:app";
export const CREATED_BY_TAG = "slipway:created-by";

/**
 * An app name as a tag value: AWS's tag character set, at most 256 characters. Spaces
 * around it are refused, not trimmed: a tag "shop " never matches a search for "shop",
 * so every form and the API must mean the same name.
 */
export const appName = z
  .string()
  .min(1, "app must not be empty")
  .max(256, "app is at most 256 characters")
  .refine((app) => app === "" || app.trim() !== "", "app must not be only spaces")
  .refine(
    (app) => app.trim() === app || app.trim() === "",
    "app must not start or end with a space",
  )
  .regex(/^[\p{L}\p{Z}\p{N}_.:/=+\-@]+$/u, "app holds letters, digits, spaces and _.:/=+-@");

export function slipwayTags(app: string): Record<string, string> {
  return { [APP_TAG]: app, [CREATED_BY_TAG]: "slipway" };
}

export function ecsTags(app: string): Array<{ key: string; value: string }> {
  return Object.entries(slipwayTags(app)).map(([key, value]) => ({ key, value }));
}

export function awsTags(app: string): Array<{ Key: string; Value: string }> {
  return Object.entries(slipwayTags(app)).map(([Key, Value]) => ({ Key, Value }));
}
