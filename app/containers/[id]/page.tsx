import { ContainerDetailView } from "@/components/containers/container-detail-view";

// Container ids and names are [a-zA-Z0-9_.-]: the segment needs no decoding.
export default async function ContainerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <ContainerDetailView id={id} />;
}
