import { z } from "zod";

/** ECS cluster names: up to 255 letters, digits, hyphens and underscores. */
export const clusterName = z
  .string()
  .min(1, "cluster name must not be empty")
  .max(255, "cluster name is at most 255 characters")
  .regex(/^[A-Za-z0-9_-]+$/, "cluster name holds letters, digits, - and _ only");

/** A cluster named by name or by ARN, as path segments carry them. */
export const clusterRef = z
  .string()
  .min(1, "cluster must not be empty")
  .max(2048)
  .regex(
    /^([A-Za-z0-9_-]{1,255}|arn:aws[a-z-]*:ecs:[a-z0-9-]+:\d{12}:cluster\/[A-Za-z0-9_-]{1,255})$/,
    "cluster must be a cluster name or a cluster ARN",
  );

/**
 * The short name inside an ECS ARN (`...:cluster/web`, `...:service/web/api`), or the ref as given
 * when it is a plain name: pages opened by ARN title themselves by name.
 */
export function shortName(ref: string): string {
  if (!ref.startsWith("arn:")) return ref;
  const resource = ref.slice(ref.lastIndexOf(":") + 1);
  return resource.slice(resource.lastIndexOf("/") + 1) || ref;
}
