import { ContainersView } from "@/components/containers/containers-view";

/** /containers, and /containers?run=<image ref> to open the run dialog for an image. */
export default async function ContainersPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { run } = await searchParams;
  return <ContainersView runImage={typeof run === "string" ? run : null} />;
}
