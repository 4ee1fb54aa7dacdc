"use client";

import { useQueryClient } from "@tanstack/react-query";
import { type FormEvent, useState } from "react";
import { Field, INPUT } from "@/components/aws/field";
import { useAwsScope } from "@/components/aws/use-aws";
import { CreateRepositoryDialog } from "@/components/ecr/create-repository-dialog";
import { PushOutcome } from "@/components/ecr/push-outcome";
import { RepositoryPicker } from "@/components/ecr/repository-picker";
import type { Repository } from "@/components/ecr/types";
import { usePush } from "@/components/ecr/use-push";
import { LayerProgressView } from "@/components/images/layer-progress";
import { Button } from "@/components/ui/button";
import { Dialog, DialogActions } from "@/components/ui/dialog";
import { awsKeys } from "@/lib/client/query-keys";
import { imageTagProblem, parseImageReference } from "@/lib/images/reference";

/** The tag an image is pushed as unless changed: its own, or `latest` for an id. */
export function defaultPushTag(imageRef: string): string {
  if (/^(sha256:)?[0-9a-f]{12,64}$/.test(imageRef)) return "latest";
  return parseImageReference(imageRef).tag;
}

/** Pushes one local image to an ECR repository the user picks or creates. */
export function PushToEcrDialog({
  open,
  imageRef,
  onClose,
}: {
  open: boolean;
  imageRef: string;
  onClose: () => void;
}) {
  const push = usePush();
  const scope = useAwsScope();
  const queryClient = useQueryClient();
  const [repository, setRepository] = useState("");
  const [tag, setTag] = useState(() => defaultPushTag(imageRef));
  const [creating, setCreating] = useState(false);
  const [pushedTo, setPushedTo] = useState("");
  const running = push.state.phase === "running";
  const succeeded = push.state.phase === "succeeded";
  // Editing what to push makes the last outcome (an error above all) out of date.
  const edited =
    <T,>(set: (value: T) => void) =>
    (value: T) => {
      if (push.state.phase !== "idle" && !running) push.reset();
      set(value);
    };
  const tagProblem = tag ? imageTagProblem(tag) : "Give the tag to push as";

  const close = () => {
    push.reset();
    onClose();
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (running || !repository || tagProblem) return;
    setPushedTo(repository);
    void push.start({ image: imageRef, repository, tag });
  };
  const created = async (made: Repository) => {
    setCreating(false);
    setRepository(made.name);
    if (scope) await queryClient.invalidateQueries({ queryKey: awsKeys.repositories(scope) });
  };

  return (
    <>
      <Dialog open={open} title="Push to ECR" onClose={close} wide>
        <form onSubmit={submit} className="space-y-4" data-testid="push-dialog">
          <p className="text-sm text-slate-300">
            Pushes <span className="font-mono">{imageRef}</span> with an ECR authorization token,
            tagged with the repository's URI.
          </p>
          <RepositoryPicker
            value={repository}
            onChange={edited(setRepository)}
            onCreate={() => setCreating(true)}
            disabled={running}
          />
          <Field id="push-tag" label="Tag" problem={tag === "" ? null : tagProblem}>
            <input
              id="push-tag"
              className={`${INPUT} font-mono`}
              value={tag}
              onChange={(e) => edited(setTag)(e.target.value.trim())}
              disabled={running}
              spellCheck={false}
              data-testid="push-tag"
            />
          </Field>
          {/* A refused or cancelled push leaves its layers where they stopped ("Preparing"):
              only a push under way or done shows them. */}
          {(running || succeeded) && (
            <LayerProgressView progress={push.progress} operation="push" />
          )}
          <PushOutcome state={push.state} repository={pushedTo} />
          <DialogActions
            onCancel={running ? push.cancel : close}
            cancelLabel={succeeded ? "Close" : "Cancel"}
          >
            {!succeeded && (
              <Button
                type="submit"
                variant="primary"
                disabled={running || !repository || tagProblem !== null}
                data-testid="push-submit"
              >
                {running ? "Pushing…" : "Push"}
              </Button>
            )}
          </DialogActions>
        </form>
      </Dialog>
      <CreateRepositoryDialog
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={created}
      />
    </>
  );
}
