// What the ECR routes answer, as the pages use it.

export interface Repository {
  name: string;
  uri: string;
  arn: string;
  createdAt: string | null;
  tagMutability: string;
  scanOnPush: boolean;
  imageCount: number;
}

export interface RepositoryDetail extends Repository {
  pushCommands: Array<{ label: string; command: string }>;
}

export interface EcrImage {
  digest: string;
  tags: string[];
  sizeBytes: number | null;
  pushedAt: string | null;
  scan: {
    status: string | null;
    description: string | null;
    findings: Record<string, number>;
  } | null;
}

export const repositoryPath = (name: string) => `/api/ecr/repositories/${encodeURIComponent(name)}`;
