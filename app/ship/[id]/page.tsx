import Link from "next/link";
import { ShipFlowView } from "@/components/ship/ship-flow-view";

export default async function ShipFlowPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link href="/ship" className="text-sky-400 hover:underline">
          Ship
        </Link>
      </p>
      <ShipFlowView id={id} />
    </>
  );
}
