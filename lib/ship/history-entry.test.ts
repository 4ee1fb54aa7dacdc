import { describe, expect, it } from "vitest";
import type { Flow } from "@/lib/flows/types";
import { toHistoryEntry, withKnownDigests } from "@/lib/ship/history-entry";

const ARN = "arn:aws:ecs:us-east-1:123456789012:task-definition/web";
const DIGEST = `sha256:${"d".repeat(64)}`;

const flow = (kind: string, result: Record<string, unknown>, ended: string | null): Flow => ({
  id: `${kind}-${ended}`,
  kind,
  state: ended ? "succeeded" : "running",
  createdAt: "2026-12-04T10:00:00.000Z",
  updatedAt: "2026-12-04T10:00:00.000Z",
  endedAt: ended,
  subject: { cluster: "c", service: "web" },
  input: {},
  steps: [],
  result,
  failure: null,
  attempts: 1,
});

describe("a line of the ship history", () => {
  it("reads when, digest, revision, outcome and duration from the flow", () => {
    const entry = toHistoryEntry(
      flow(
        "ship",
        { digest: DIGEST, taskDefinition: "web:2", taskDefinitionArn: `${ARN}:2`, revision: 2 },
        "2026-12-04T10:01:30.000Z",
      ),
    );
    expect(entry).toMatchObject({
      kind: "ship",
      outcome: "succeeded",
      startedAt: "2026-12-04T10:00:00.000Z",
      durationMs: 90_000,
      digest: DIGEST,
      revision: "web:2",
    });
    expect(toHistoryEntry(flow("ship", {}, null)).durationMs).toBeNull();
  });

  it("gives a rollback the digest shipped with the revision it went back to", () => {
    const entries = withKnownDigests([
      toHistoryEntry(flow("rollback", { taskDefinitionArn: `${ARN}:1` }, "2026-12-04T10:03:00Z")),
      toHistoryEntry(flow("ship", { taskDefinitionArn: `${ARN}:2` }, "2026-12-04T10:02:00Z")),
      toHistoryEntry(
        flow("ship", { taskDefinitionArn: `${ARN}:1`, digest: DIGEST }, "2026-12-04T10:01:00Z"),
      ),
    ]);
    expect(entries.map((e) => e.digest)).toEqual([DIGEST, null, DIGEST]);
  });
});
