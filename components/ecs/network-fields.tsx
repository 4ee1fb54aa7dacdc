"use client";

import { useQuery } from "@tanstack/react-query";
import { useEffect, useRef } from "react";
import { Field, INPUT } from "@/components/aws/field";
import { useAwsScope } from "@/components/aws/use-aws";
import {
  defaultGroupName,
  type ServiceFormState,
  takenGroupName,
} from "@/components/ecs/service-form";
import { ErrorNotice } from "@/components/ui/error-notice";
import { getJson, seg } from "@/lib/client/api";
import { awsKeys } from "@/lib/client/query-keys";

interface Vpc {
  id: string;
  name: string | null;
  cidr: string;
  isDefault: boolean;
}
interface Subnet {
  id: string;
  name: string | null;
  cidr: string;
  availabilityZone: string;
  mapPublicIpOnLaunch: boolean;
}
interface SecurityGroup {
  id: string;
  name: string;
}

/** The security groups of a VPC; the form and its checks read the same cached list. */
export function useVpcGroups(vpcId: string) {
  const scope = useAwsScope() ?? { profile: null, region: null };
  return useQuery({
    queryKey: awsKeys.securityGroups(scope, vpcId),
    queryFn: () => getJson<SecurityGroup[]>(`/api/ec2/security-groups?vpc=${seg(vpcId)}`),
    enabled: vpcId !== "",
  });
}

/** The awsvpc settings: VPC, subnets, a security group chosen or made, and a public IP. */
export function NetworkFields({
  state,
  update,
  ports,
}: {
  state: ServiceFormState;
  update: (change: Partial<ServiceFormState>) => void;
  ports: number[];
}) {
  const scope = useAwsScope() ?? { profile: null, region: null };
  const vpcs = useQuery({
    queryKey: awsKeys.vpcs(scope),
    queryFn: () => getJson<Vpc[]>("/api/ec2/vpcs"),
  });
  const subnets = useQuery({
    queryKey: awsKeys.subnets(scope, state.vpcId),
    queryFn: () => getJson<Subnet[]>(`/api/ec2/subnets?vpc=${seg(state.vpcId)}`),
    enabled: state.vpcId !== "",
  });
  const groups = useVpcGroups(state.vpcId);
  // The VPC picked last: subnets found for an earlier pick arrive too late to count.
  const picked = useRef<string | null>(null);
  // A new VPC starts with all its subnets ticked, as the console does.
  const pickVpc = async (vpcId: string) => {
    picked.current = vpcId;
    update({ vpcId, subnets: [], groupId: "" });
    if (!vpcId) return;
    const found = await getJson<Subnet[]>(`/api/ec2/subnets?vpc=${seg(vpcId)}`).catch(() => []);
    if (picked.current === vpcId) update({ subnets: found.map((s) => s.id) });
  };
  // The default VPC is where most first services go: it comes picked, once.
  const defaultVpc = vpcs.data?.find((v) => v.isDefault)?.id;
  // biome-ignore lint/correctness/useExhaustiveDependencies: picks once, when the list arrives
  useEffect(() => {
    if (defaultVpc && picked.current === null && state.vpcId === "") void pickVpc(defaultVpc);
  }, [defaultVpc]);
  const taken = takenGroupName(
    state,
    (groups.data ?? []).map((g) => g.name),
  );
  const toggleSubnet = (id: string, on: boolean) =>
    update({ subnets: on ? [...state.subnets, id] : state.subnets.filter((s) => s !== id) });
  const portWords = ports.length ? `TCP ${ports.join(", ")}` : "no TCP port (none mapped)";

  return (
    <fieldset
      className="space-y-3 rounded-md border border-slate-800 p-3"
      data-testid="network-fields"
    >
      <legend className="px-1 text-xs uppercase tracking-wider text-slate-400">
        Networking (awsvpc)
      </legend>
      <Field id="service-vpc" label="VPC">
        <select
          id="service-vpc"
          className={INPUT}
          value={state.vpcId}
          onChange={(e) => pickVpc(e.target.value)}
          data-testid="service-vpc"
        >
          <option value="">{vpcs.isLoading ? "Loading…" : "Pick a VPC"}</option>
          {vpcs.data?.map((v) => (
            <option key={v.id} value={v.id}>
              {v.id} {v.name ? `(${v.name})` : ""} {v.cidr} {v.isDefault ? "· default" : ""}
            </option>
          ))}
        </select>
      </Field>
      {state.vpcId && (
        <div className="space-y-1 text-sm" data-testid="service-subnets">
          <p className="font-medium text-slate-200">Subnets</p>
          {subnets.data?.map((s) => (
            <label key={s.id} className="flex items-center gap-2 text-slate-300">
              <input
                type="checkbox"
                checked={state.subnets.includes(s.id)}
                onChange={(e) => toggleSubnet(s.id, e.target.checked)}
                data-testid="service-subnet"
                value={s.id}
              />
              <span className="font-mono text-xs">{s.id}</span>
              <span className="text-xs text-slate-500">
                {s.availabilityZone} · {s.cidr} {s.mapPublicIpOnLaunch ? "· public" : ""}
              </span>
            </label>
          ))}
        </div>
      )}
      {state.vpcId && (
        <div className="space-y-2 text-sm">
          <p className="font-medium text-slate-200">Security group</p>
          <label className="flex items-center gap-2 text-slate-300">
            <input
              type="radio"
              checked={state.groupMode === "create"}
              onChange={() => update({ groupMode: "create" })}
              data-testid="service-group-create"
            />
            Create one that lets anyone reach {portWords}
          </label>
          {state.groupMode === "create" && (
            <input
              aria-label="New security group name"
              className={INPUT}
              value={state.groupName}
              placeholder={defaultGroupName(state)}
              onChange={(e) => update({ groupName: e.target.value })}
              data-testid="service-group-name"
            />
          )}
          {taken && (
            <p className="text-xs text-amber-300" data-testid="service-group-taken">
              This VPC already has a group named {taken}: choose "Use an existing group" below, or
              type another name.
            </p>
          )}
          <label className="flex items-center gap-2 text-slate-300">
            <input
              type="radio"
              checked={state.groupMode === "existing"}
              onChange={() => update({ groupMode: "existing" })}
              data-testid="service-group-existing"
            />
            Use an existing group
          </label>
          {state.groupMode === "existing" && (
            <select
              aria-label="Security group"
              className={INPUT}
              value={state.groupId}
              onChange={(e) => update({ groupId: e.target.value })}
              data-testid="service-group"
            >
              <option value="">Pick a group</option>
              {groups.data?.map((g) => (
                <option key={g.id} value={g.id}>
                  {g.name} ({g.id})
                </option>
              ))}
            </select>
          )}
        </div>
      )}
      {state.launchType === "FARGATE" && (
        <label className="flex items-center gap-2 text-sm text-slate-300">
          <input
            type="checkbox"
            checked={state.assignPublicIp}
            onChange={(e) => update({ assignPublicIp: e.target.checked })}
            data-testid="service-public-ip"
          />
          Give each task a public IP
        </label>
      )}
      <ErrorNotice error={vpcs.error ?? subnets.error ?? groups.error} action="list the network" />
    </fieldset>
  );
}
