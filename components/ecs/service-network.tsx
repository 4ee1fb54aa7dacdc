import type { ServiceNetworkView } from "@/lib/ecs/service-types";

const FACTS =
  "mb-5 grid grid-cols-1 gap-x-6 gap-y-1.5 rounded-lg border border-slate-800 p-4 text-sm md:grid-cols-3";

/** Where the service's tasks attach: subnets, security groups and public IP (awsvpc only). */
export function ServiceNetwork({ network }: { network: ServiceNetworkView | null }) {
  const rows: Array<[string, string, string]> = network
    ? [
        ["Subnets", network.subnets.join(", ") || "—", "service-network-subnets"],
        ["Security groups", network.securityGroups.join(", ") || "—", "service-network-groups"],
        [
          "Public IP",
          network.assignPublicIp ? "assigned" : "not assigned",
          "service-network-public-ip",
        ],
      ]
    : [["Network", "no awsvpc configuration", "service-network-none"]];
  return (
    <dl className={FACTS} data-testid="service-network">
      {rows.map(([label, value, testId]) => (
        <div key={label}>
          <dt className="text-xs uppercase tracking-wider text-slate-500">{label}</dt>
          <dd className="break-all font-mono text-xs text-slate-200" data-testid={testId}>
            {value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
