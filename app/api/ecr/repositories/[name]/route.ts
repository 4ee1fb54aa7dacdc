import { z } from "zod";
import { awsClientsFor } from "@/lib/aws/clients";
import { repositoryName } from "@/lib/ecr/names";
import { pushCommands } from "@/lib/ecr/push-commands";
import { deleteRepository, getRepositoryOrThrow } from "@/lib/ecr/repositories";
import { otherMethods } from "@/lib/http/methods";
import { queryFlag, segment } from "@/lib/http/params";
import { route } from "@/lib/http/route";

export const dynamic = "force-dynamic";

const params = z.object({ name: segment(repositoryName) });

/** GET /api/ecr/repositories/{name}: one repository and the CLI commands to push to it. */
export const GET = route({ params }, async ({ req, params }) => {
  const aws = await awsClientsFor(req);
  const repository = await getRepositoryOrThrow(aws, params.name);
  const { region, profile } = aws.context;
  return {
    ...repository,
    pushCommands: pushCommands({ repositoryUri: repository.uri, region: region ?? "", profile }),
  };
});

/** DELETE /api/ecr/repositories/{name}?force=: 409 listing the images unless forced. */
export const DELETE = route(
  { params, query: z.object({ force: queryFlag }) },
  async ({ req, params, query }) =>
    deleteRepository(await awsClientsFor(req), params.name, query.force),
);

export const { POST, PUT, PATCH } = otherMethods("GET", "DELETE");
