"use client";

import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { SectionTitle } from "@/components/ecs/counts";
import { useService } from "@/components/ecs/queries";
import { ShipForm } from "@/components/ship/ship-form";
import {
  EMPTY_SHIP_FORM,
  type ShipFormState,
  suggestFromFolder,
  suggestFromImage,
} from "@/components/ship/ship-form-state";
import { ShipHistory } from "@/components/ship/ship-history";
import { PageHeader } from "@/components/ui/page-header";

// Started from a folder (?folder=), a local image (?image=, the image page's Ship
// button) or a service (?cluster=&service=, its page's "Ship new version").

function initialValues(params: URLSearchParams): ShipFormState {
  const folder = params.get("folder") ?? "";
  const image = params.get("image") ?? "";
  const cluster = params.get("cluster") ?? "";
  const service = params.get("service") ?? "";
  return {
    ...EMPTY_SHIP_FORM,
    ...(folder && { source: "folder", folder, repository: suggestFromFolder(folder) }),
    ...(image && { source: "image", image, ...suggestFromImage(image) }),
    ...(cluster && service && { target: "existing", cluster, service }),
  };
}

function ShipPageBody() {
  const params = useSearchParams();
  const initial = initialValues(params);
  const fromService = initial.target === "existing" && initial.service !== "";
  const service = useService(initial.cluster, initial.service, fromService);
  return (
    <>
      <ShipForm initial={initial} serviceRevision={service.data?.taskDefinition ?? ""} />
      <div className="mt-8 max-w-5xl">
        {fromService ? (
          <>
            <SectionTitle>{`Ship history of ${initial.service}`}</SectionTitle>
            <ShipHistory cluster={initial.cluster} service={initial.service} />
          </>
        ) : (
          <>
            <SectionTitle>Recent ships</SectionTitle>
            <ShipHistory />
          </>
        )}
      </div>
    </>
  );
}

export default function ShipPage() {
  return (
    <>
      <PageHeader
        title="Ship"
        subtitle="Build, push to ECR, register a revision pinned by digest, deploy to ECS and watch it roll out"
      />
      <Suspense>
        <ShipPageBody />
      </Suspense>
    </>
  );
}
