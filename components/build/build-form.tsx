"use client";

import { type FormEvent, useEffect, useState } from "react";
import { BuildArgsFields, buildArgsOf } from "@/components/build/build-args-fields";
import { SourceFields, type SourceValues } from "@/components/build/source-fields";
import { Button } from "@/components/ui/button";
import { ErrorNotice } from "@/components/ui/error-notice";
import { Checkbox, Field, TextInput } from "@/components/ui/fields";
import type { KeyValueRow } from "@/components/ui/key-value-rows";
import { type BrowserContext, browserContext } from "@/lib/build/browser-context";
import { buildTagProblem } from "@/lib/build/schema";
import type { BuildRequest, BuildSource } from "@/lib/client/build";

/** The build form: where the context comes from and the `docker build` options. */
export function BuildForm({
  initialContext,
  running,
  onBuild,
  onCancel,
}: {
  initialContext: string;
  running: boolean;
  onBuild: (request: BuildRequest) => void;
  onCancel: () => void;
}) {
  const [source, setSource] = useState<SourceValues>({
    kind: "folder",
    context: initialContext,
    archive: null,
    picked: [],
  });
  const [tag, setTag] = useState("");
  const [dockerfile, setDockerfile] = useState("Dockerfile");
  const [args, setArgs] = useState<KeyValueRow[]>([]);
  const [target, setTarget] = useState("");
  const [noCache, setNoCache] = useState(false);
  const [picked, setPicked] = useState<BrowserContext | null>(null);
  const [problem, setProblem] = useState<unknown>(null);

  // The ignore file that applies depends on the Dockerfile's name: re-read on change.
  useEffect(() => {
    let current = true;
    if (source.picked.length === 0) setPicked(null);
    else {
      browserContext(source.picked, dockerfile.trim() || "Dockerfile").then(
        (context) => current && setPicked(context),
        (error: unknown) => current && setProblem(error),
      );
    }
    return () => {
      current = false;
    };
  }, [source.picked, dockerfile]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const request = requestOf();
    setProblem(typeof request === "string" ? new Error(request) : null);
    if (typeof request !== "string") onBuild(request);
  };

  const requestOf = (): BuildRequest | string => {
    const buildSource = sourceOf(source, picked, dockerfile);
    if (typeof buildSource === "string") return buildSource;
    const tagProblem = buildTagProblem(tag.trim());
    if (tagProblem) return tagProblem;
    const buildArgs = buildArgsOf(args);
    if (typeof buildArgs === "string") return buildArgs;
    return {
      source: buildSource,
      tag: tag.trim(),
      dockerfile: dockerfile.trim() || "Dockerfile",
      buildArgs,
      target: target.trim() || undefined,
      noCache,
    };
  };

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="build-form">
      <SourceFields
        values={source}
        onChange={(change) => setSource((s) => ({ ...s, ...change }))}
        browserContext={picked}
        disabled={running}
      />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field
          label="Image name:tag"
          hint={
            <>
              As <code>docker build -t fast-api:latest</code>
            </>
          }
        >
          <TextInput
            data-testid="build-tag"
            placeholder="fast-api:latest"
            value={tag}
            disabled={running}
            onChange={(e) => setTag(e.target.value)}
          />
        </Field>
        <Field label="Dockerfile" hint="Relative to the context.">
          <TextInput
            data-testid="build-dockerfile"
            value={dockerfile}
            disabled={running}
            onChange={(e) => setDockerfile(e.target.value)}
          />
        </Field>
        <Field label="Target stage" hint="Optional: stop at this stage of a multi-stage build.">
          <TextInput
            data-testid="build-target"
            value={target}
            disabled={running}
            onChange={(e) => setTarget(e.target.value)}
          />
        </Field>
        <Checkbox
          testId="build-nocache"
          checked={noCache}
          disabled={running}
          onChange={setNoCache}
          className="self-center text-sm"
        >
          No cache (<code>--no-cache</code>)
        </Checkbox>
      </div>
      <BuildArgsFields rows={args} onChange={setArgs} disabled={running} />
      <ErrorNotice error={problem} />
      <div className="flex gap-2">
        <Button type="submit" variant="primary" disabled={running} data-testid="build-submit">
          {running ? "Building…" : "Build"}
        </Button>
        {running && (
          <Button variant="danger" onClick={onCancel} data-testid="build-cancel">
            Cancel
          </Button>
        )}
      </div>
    </form>
  );
}

function sourceOf(
  source: SourceValues,
  picked: BrowserContext | null,
  dockerfile: string,
): BuildSource | string {
  if (source.kind === "folder") {
    const context = source.context.trim();
    if (!context.startsWith("/")) return "Give the context folder as an absolute path";
    return { kind: "folder", context };
  }
  if (source.kind === "archive") {
    return source.archive ? { kind: "archive", file: source.archive } : "Choose a tar or zip";
  }
  if (!picked) return "Choose a folder";
  if (!picked.hasDockerfile) return `The chosen folder has no ${dockerfile || "Dockerfile"}`;
  return { kind: "browser", context: picked };
}
