import { EnginesSettings } from "@/components/engines/engines-settings";

export const metadata = { title: "Engines · Slipway" };

export default function EnginesPage() {
  return <EnginesSettings />;
}
