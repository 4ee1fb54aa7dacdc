import { NetworkDetailView } from "@/components/networks/network-detail";

export const metadata = { title: "Network · Slipway" };

export default async function NetworkPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <NetworkDetailView networkRef={decodeURIComponent(id)} />;
}
