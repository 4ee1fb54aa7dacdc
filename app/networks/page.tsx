import { NetworksView } from "@/components/networks/networks-view";

export const metadata = { title: "Networks · Slipway" };

export default function NetworksPage() {
  return <NetworksView />;
}
