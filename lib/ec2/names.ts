import { z } from "zod";

export const vpcId = z.string().regex(/^vpc-[0-9a-f]{1,17}$/, "VPC id must look like vpc-0abc123");

// EC2's character set for security group names and descriptions in a VPC.
const GROUP_TEXT = /^[A-Za-z0-9 ._\-:/()#,@[\]+=&;{}!$*]+$/;

export const securityGroupName = z
  .string()
  .min(1, "name must not be empty")
  .max(255, "name is at most 255 characters")
  .regex(GROUP_TEXT, "name holds letters, digits, spaces and ._-:/()#,@[]+=&;{}!$* only")
  .refine((name) => !name.toLowerCase().startsWith("sg-"), "name may not start with sg-");

export const securityGroupDescription = z
  .string()
  .min(1, "description must not be empty")
  .max(255, "description is at most 255 characters")
  .regex(GROUP_TEXT, "description holds letters, digits, spaces and ._-:/()#,@[]+=&;{}!$* only");

export const tcpPort = z
  .number()
  .int("port must be a whole number")
  .min(1, "port must be 1 to 65535")
  .max(65535, "port must be 1 to 65535");
