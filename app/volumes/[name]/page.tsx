import { VolumeDetailView } from "@/components/volumes/volume-detail";

export const metadata = { title: "Volume · Slipway" };

export default async function VolumePage({ params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return <VolumeDetailView name={decodeURIComponent(name)} />;
}
