import { SystemView } from "@/components/system/system-view";

export const metadata = { title: "Disk usage · Slipway" };

export default function SystemPage() {
  return <SystemView />;
}
