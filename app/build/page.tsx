"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { BuildView } from "@/components/build/build-view";
import { PageHeader } from "@/components/ui/page-header";

function BuildPageBody() {
  // ?context=/abs/path prefills the folder, so other pages can link to a build.
  const context = useSearchParams().get("context") ?? "";
  return <BuildView initialContext={context} />;
}

export default function BuildPage() {
  return (
    <>
      <PageHeader
        title="Build an image"
        subtitle="docker build, with the engine's output step by step"
      />
      <Suspense>
        <BuildPageBody />
      </Suspense>
    </>
  );
}
