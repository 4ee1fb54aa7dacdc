import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { appContainer, pinnedImageUri, revisionWithImage } from "@/lib/ship/revision";

// A service's current revision as DescribeTaskDefinition (include TAGS) gives it,
// through JSON: the copy a ship starts from.
const REPOSITORY = "111122223333.dkr.ecr.us-east-1.amazonaws.com/shop/api";
const DIGEST = `sha256:${"ab".repeat(32)}`;
const PINNED = `${REPOSITORY}@${DIGEST}`;

const described = (containers: Array<Record<string, unknown>>) => ({
  taskDefinition: {
    taskDefinitionArn: "arn:aws:ecs:us-east-1:111122223333:task-definition/shop:7",
    family: "shop",
    revision: 7,
    status: "ACTIVE",
    compatibilities: ["EC2", "FARGATE"],
    requiresCompatibilities: ["FARGATE"],
    requiresAttributes: [{ name: "ecs.capability.execution-role-awslogs" }],
    registeredAt: "2026-03-01T10:00:00.000Z",
    registeredBy: "arn:aws:iam::111122223333:user/dev",
    networkMode: "awsvpc",
    cpu: "256",
    memory: "512",
    taskRoleArn: null,
    executionRoleArn: "arn:aws:iam::111122223333:role/ecsTaskExecutionRole",
    volumes: [],
    containerDefinitions: containers,
  },
  tags: [{ key: "team", value: "shop" }],
});

const web = { name: "web", image: `${REPOSITORY}:v1`, essential: true, mountPoints: [] };
const proxy = { name: "proxy", image: "public.ecr.aws/nginx/nginx:1.27", essential: true };

describe("the revision a ship registers", () => {
  it("runs the pushed image pinned by its digest, not by its tag", () => {
    const revision = revisionWithImage(described([web]), {
      repositoryUri: REPOSITORY,
      digest: DIGEST,
    });
    const containers = revision.definition.containerDefinitions as Array<{ image: string }>;
    expect(containers[0]?.image).toBe(PINNED);
    expect(revision.previousImage).toBe(`${REPOSITORY}:v1`);
    expect(pinnedImageUri({ repositoryUri: REPOSITORY, digest: DIGEST })).toBe(PINNED);
  });

  it("drops the keys ECS sets itself and keeps what registering needs", () => {
    const revision = revisionWithImage(described([web]), {
      repositoryUri: REPOSITORY,
      digest: DIGEST,
    });
    expect(Object.keys(revision.definition).sort()).toEqual([
      "containerDefinitions",
      "cpu",
      "executionRoleArn",
      "family",
      "memory",
      "networkMode",
      "requiresCompatibilities",
      "tags",
    ]);
    expect(revision.definition.tags).toEqual([{ key: "team", value: "shop" }]);
    const readOnly = revision.dropped.filter((d) => d.reason === "read-only").map((d) => d.path);
    expect(readOnly.sort()).toEqual([
      "compatibilities",
      "registeredAt",
      "registeredBy",
      "requiresAttributes",
      "revision",
      "status",
      "taskDefinitionArn",
    ]);
    expect(revision.dropped).toContainEqual({ path: "taskRoleArn", reason: "null" });
    expect(revision.dropped).toContainEqual({
      path: "containerDefinitions[0].mountPoints",
      reason: "empty",
    });
  });

  it("changes only the app's container when there is a sidecar", () => {
    const revision = revisionWithImage(described([proxy, web]), {
      repositoryUri: REPOSITORY,
      digest: DIGEST,
    });
    expect(revision.container).toBe("web");
    const images = (revision.definition.containerDefinitions as Array<{ image: string }>).map(
      (c) => c.image,
    );
    expect(images).toEqual([proxy.image, PINNED]);
  });
});

describe("which container is the app", () => {
  const containers = [
    { name: "web", image: `${REPOSITORY}:v1` },
    { name: "proxy", image: "nginx:1.27" },
  ];

  it("is the one whose image is in the repository, by tag or by digest", () => {
    expect(appContainer(containers, REPOSITORY)).toBe("web");
    const byDigest = [{ name: "api", image: PINNED }, containers[1] as (typeof containers)[0]];
    expect(appContainer(byDigest, REPOSITORY)).toBe("api");
  });

  it("is not a container of a repository whose name only starts the same", () => {
    const other = [
      { name: "admin", image: `${REPOSITORY}-admin:v1` },
      { name: "proxy", image: "nginx" },
    ];
    expect(() => appContainer(other, REPOSITORY)).toThrow(/none of its containers/);
  });

  it("is the only container when none runs an image of the repository yet", () => {
    expect(appContainer([{ name: "web", image: "busybox" }], REPOSITORY)).toBe("web");
  });

  it("is the one named in the request", () => {
    expect(appContainer(containers, REPOSITORY, "proxy")).toBe("proxy");
  });

  it("is refused with the containers named when Slipway cannot tell", () => {
    const two = [
      { name: "web", image: "busybox" },
      { name: "worker", image: "busybox" },
    ];
    const refusal = (() => {
      try {
        appContainer(two, REPOSITORY);
      } catch (error) {
        return error as AppError;
      }
      return null;
    })();
    expect(refusal).toBeInstanceOf(AppError);
    expect(refusal?.code).toBe("invalid_input");
    expect(refusal?.message).toContain("web (busybox), worker (busybox)");
    expect(refusal?.message).toContain('Name the one to ship with "container"');
  });

  it("is refused when two containers run images of the repository", () => {
    const twice = [
      { name: "web", image: `${REPOSITORY}:v1` },
      { name: "migrate", image: `${REPOSITORY}:v1` },
    ];
    expect(() => appContainer(twice, REPOSITORY)).toThrow(/2 of its containers run images/);
  });

  it("names the containers when the one asked for does not exist", () => {
    expect(() => appContainer(containers, REPOSITORY, "api")).toThrow(
      "container: the task definition has no container api; it has web",
    );
  });
});
