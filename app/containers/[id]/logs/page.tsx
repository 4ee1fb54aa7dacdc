import type { Metadata } from "next";
import { LogViewer } from "@/components/logs/log-viewer";
import { PageHeader } from "@/components/ui/page-header";

export const metadata: Metadata = { title: "Logs · Slipway" };

/** /containers/{id}/logs: a container's log on a page of its own. */
export default async function ContainerLogsPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const containerId = safeDecode(id);
  return (
    <div className="flex flex-col">
      <PageHeader title="Logs" subtitle={<span className="font-mono">{containerId}</span>} />
      <LogViewer containerId={containerId} className="h-[calc(100vh-11rem)] min-h-80" />
    </div>
  );
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    // Not percent-encoded text: the server answers for it as it is.
    return segment;
  }
}
