"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { useEffect, useState } from "react";
import { useAwsScope } from "@/components/aws/use-aws";
import { formProblems } from "@/components/task-definitions/form-problems";
import { JsonEditor } from "@/components/task-definitions/json-editor";
import { RegisterResult } from "@/components/task-definitions/register-result";
import { Tabs } from "@/components/task-definitions/tabs";
import { TaskDefinitionForm } from "@/components/task-definitions/task-definition-form";
import {
  type Registered,
  type RevisionDetail,
  taskDefinitionKeys,
  taskDefinitionPath,
} from "@/components/task-definitions/types";
import { ErrorNotice } from "@/components/ui/error-notice";
import { PageHeader } from "@/components/ui/page-header";
import { getJson, sendJson } from "@/lib/client/api";
import {
  EMPTY_FORM,
  type FormValues,
  formBody,
  formFromDefinition,
} from "@/lib/ecs/task-definitions/form-values";

type Tab = "form" | "json";

/** The form and the JSON editor; `from` prefills both from an existing revision. */
export function NewTaskDefinition({ from }: { from: string | null }) {
  const scope = useAwsScope();
  const noScope = { profile: null, region: null };
  const queryClient = useQueryClient();
  const [tab, setTab] = useState<Tab>("form");
  const [values, setValues] = useState<FormValues>(EMPTY_FORM);
  const [json, setJson] = useState("");
  const [uncovered, setUncovered] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [result, setResult] = useState<Registered | null>(null);
  // After a success the same click would register yet another revision: Register waits for an
  // edit first.
  const [locked, setLocked] = useState(false);
  const editValues = (next: FormValues) => {
    setLocked(false);
    setValues(next);
  };
  const editJson = (next: string) => {
    setLocked(false);
    setJson(next);
  };
  const source = useQuery({
    queryKey: taskDefinitionKeys.revision(scope ?? noScope, from ?? ""),
    queryFn: () => getJson<RevisionDetail>(taskDefinitionPath(from ?? "")),
    enabled: scope !== null && from !== null,
  });

  useEffect(() => {
    if (!source.data) return;
    const prefill = formFromDefinition(source.data.registerable);
    setValues(prefill.values);
    setUncovered(prefill.uncovered);
    setJson(JSON.stringify(source.data.registerable, null, 2));
    if (prefill.uncovered.length > 0) setTab("json");
  }, [source.data]);

  const register = async (body: unknown) => {
    if (locked) return;
    setBusy(true);
    setError(null);
    setResult(null);
    try {
      const registered = await sendJson<Registered>("POST", "/api/ecs/task-definitions", body);
      setResult(registered);
      setLocked(true);
      await queryClient.invalidateQueries({ queryKey: taskDefinitionKeys.all(scope ?? noScope) });
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  const submitForm = () => {
    setTried(true);
    if (Object.keys(formProblems(values)).length > 0) return;
    void register({ form: formBody(values) });
  };

  return (
    <>
      <PageHeader
        title={from ? `New revision of ${from.split(":")[0]}` : "Create a task definition"}
        subtitle={from ? `Starting from ${from}` : "A Fargate task definition with one container"}
      />
      <ErrorNotice error={source.error} action={`load ${from}`} />
      <Tabs
        tabs={[
          ["form", "Form"],
          ["json", "JSON"],
        ]}
        current={tab}
        onChange={setTab}
        label="Editor"
      />
      <div className="mb-4 space-y-3">
        <ErrorNotice error={error} action="register the task definition" />
        {result && <RegisterResult result={result} />}
      </div>
      {tab === "form" && uncovered.length > 0 && (
        <p className="mb-3 text-sm text-amber-300" data-testid="form-uncovered">
          The form does not show everything of {from}: {uncovered.join(", ")}. Registering from the
          form leaves these out; edit the JSON to keep them.
        </p>
      )}
      {tab === "form" ? (
        <TaskDefinitionForm
          values={values}
          onChange={editValues}
          onSubmit={submitForm}
          busy={busy}
          registered={locked}
          showProblems={tried}
          region={scope?.region ?? null}
        />
      ) : (
        <JsonEditor
          text={json}
          onChange={editJson}
          onSubmit={register}
          busy={busy}
          registered={locked}
        />
      )}
    </>
  );
}
