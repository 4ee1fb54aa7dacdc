import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { appName } from "@/lib/aws/tags";
import { repositoryName } from "@/lib/ecr/names";
import { createRepository, listRepositories } from "@/lib/ecr/repositories";
import { otherMethods } from "@/lib/http/methods";
import { json } from "@/lib/http/responses";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const body = z.strictObject({
  name: repositoryName,
  tagMutability: z.enum(["MUTABLE", "IMMUTABLE"]).default("MUTABLE"),
  scanOnPush: z.boolean().default(false),
  app: appName.optional(),
});

/** GET /api/ecr/repositories: the region's repositories with their image counts. */
export const GET = route({}, async ({ req }) => listRepositories(await awsClientsFor(req)));

/** POST /api/ecr/repositories: creates a repository, tagged for its app. */
export const POST = route({ body }, async ({ req, body }) =>
  json(await createRepository(await awsClientsFor(req), body), 201),
);

export const { PUT, PATCH, DELETE } = otherMethods("GET", "POST");
