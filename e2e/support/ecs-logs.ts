// What GET .../services/{service}/logs and .../tasks/{taskId}/logs answer (docs/api.md).

export interface EcsLogSource {
  taskId: string;
  container: string;
  state: string;
  group: string | null;
  stream: string | null;
  driver: string | null;
  message: string;
}
export interface EcsLogLine {
  time: string;
  text: string;
  taskId: string;
  container: string;
}
export interface EcsLogsAnswer {
  sources: EcsLogSource[];
  lines: EcsLogLine[];
  tasks: number;
  truncated: boolean;
}
