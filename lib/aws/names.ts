import { z } from "zod";

// Names of AWS profiles and regions as Slipway accepts them from a request or a
// cookie. Pure: the header's picker and the server share these rules.

export const AWS_COOKIE = "slipway_aws";

/** Profile names in ~/.aws files: no spaces, brackets or quotes. */
export const profileName = z
  .string()
  .min(1, "profile must not be empty")
  .max(128, "profile is at most 128 characters")
  .regex(/^[A-Za-z0-9_.@+%:/-]+$/, "profile holds letters, digits and _ . @ + % : / - only");

/** Region codes such as us-east-1, eu-central-2, us-gov-west-1, cn-north-1. */
export const regionName = z
  .string()
  .regex(/^[a-z]{2,4}(-[a-z]+)+-\d{1,2}$/, "region must look like us-east-1");

export interface AwsChoice {
  profile: string | null;
  region: string | null;
}

export const awsChoice = z.object({
  profile: profileName.nullable().default(null),
  region: regionName.nullable().default(null),
});
