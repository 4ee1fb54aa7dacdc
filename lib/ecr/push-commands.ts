// The AWS CLI and docker commands that push a local image to a repository, shown
// to copy. Pure: the repository page builds them from what the API gave it.
//
// Everything is built from the repository's own `repositoryUri` (case E1): a host
// made from account and region would be wrong outside the main partition
// (China's registries end in .amazonaws.com.cn) and with any endpoint override.

export interface PushCommand {
  label: string;
  command: string;
}

export interface PushCommandInput {
  repositoryUri: string;
  region: string;
  profile?: string | null;
  localImage?: string;
  tag?: string;
}

/** The registry host of a repository URI: everything before the first slash. */
export function registryOf(repositoryUri: string): string {
  const slash = repositoryUri.indexOf("/");
  return slash < 0 ? repositoryUri : repositoryUri.slice(0, slash);
}

export function pushCommands(input: PushCommandInput): PushCommand[] {
  const tag = input.tag ?? "latest";
  const localImage = input.localImage ?? `${lastSegment(input.repositoryUri)}:${tag}`;
  const target = `${input.repositoryUri}:${tag}`;
  const profile = input.profile ? ` --profile ${input.profile}` : "";
  return [
    {
      label: "Sign docker in to the registry",
      command:
        `aws ecr get-login-password --region ${input.region}${profile} | ` +
        `docker login --username AWS --password-stdin ${registryOf(input.repositoryUri)}`,
    },
    { label: "Tag your local image", command: `docker tag ${localImage} ${target}` },
    { label: "Push it", command: `docker push ${target}` },
  ];
}

function lastSegment(repositoryUri: string): string {
  return repositoryUri.slice(repositoryUri.lastIndexOf("/") + 1);
}
