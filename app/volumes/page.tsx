import { VolumesView } from "@/components/volumes/volumes-view";

export const metadata = { title: "Volumes · Slipway" };

export default function VolumesPage() {
  return <VolumesView />;
}
