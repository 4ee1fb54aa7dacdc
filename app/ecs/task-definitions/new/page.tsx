"use client";

import Link from "next/link";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { NewTaskDefinition } from "@/components/task-definitions/new-task-definition";
import { PageHeader } from "@/components/ui/page-header";

/** /ecs/task-definitions/new?from=family:revision: the form, or a new revision of one. */
export default function NewTaskDefinitionPage() {
  return (
    <div className="max-w-4xl">
      <p className="mb-2 text-sm">
        <Link href="/ecs/task-definitions" className="text-sky-400 hover:underline">
          Task definitions
        </Link>
      </p>
      <Suspense fallback={<PageHeader title="Create a task definition" />}>
        <WithSource />
      </Suspense>
    </div>
  );
}

function WithSource() {
  const from = useSearchParams().get("from");
  return <NewTaskDefinition key={from ?? ""} from={from} />;
}
