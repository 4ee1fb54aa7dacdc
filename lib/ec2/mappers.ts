import "server-only";
import type { IpPermission, SecurityGroup, Subnet, Tag, Vpc } from "@aws-sdk/client-ec2";

export interface VpcSummary {
  id: string;
  name: string | null;
  cidr: string;
  isDefault: boolean;
  state: string;
}

export interface SubnetSummary {
  id: string;
  name: string | null;
  vpcId: string;
  cidr: string;
  availabilityZone: string;
  availableIps: number;
  defaultForAz: boolean;
  /** Whether instances launched here get a public IPv4 address by default. */
  mapPublicIpOnLaunch: boolean;
}

export interface IngressRule {
  protocol: string;
  fromPort: number | null;
  toPort: number | null;
  cidrs: string[];
}

export interface SecurityGroupSummary {
  id: string;
  name: string;
  description: string;
  vpcId: string | null;
  ingress: IngressRule[];
  tags: Record<string, string>;
}

const nameTag = (tags: Tag[] | undefined) => tags?.find((t) => t.Key === "Name")?.Value ?? null;

export function toVpcSummary(vpc: Vpc): VpcSummary {
  return {
    id: vpc.VpcId ?? "",
    name: nameTag(vpc.Tags),
    cidr: vpc.CidrBlock ?? "",
    isDefault: vpc.IsDefault ?? false,
    state: vpc.State ?? "",
  };
}

export function toSubnetSummary(subnet: Subnet): SubnetSummary {
  return {
    id: subnet.SubnetId ?? "",
    name: nameTag(subnet.Tags),
    vpcId: subnet.VpcId ?? "",
    cidr: subnet.CidrBlock ?? "",
    availabilityZone: subnet.AvailabilityZone ?? "",
    availableIps: subnet.AvailableIpAddressCount ?? 0,
    defaultForAz: subnet.DefaultForAz ?? false,
    mapPublicIpOnLaunch: subnet.MapPublicIpOnLaunch ?? false,
  };
}

export function toSecurityGroupSummary(group: SecurityGroup): SecurityGroupSummary {
  return {
    id: group.GroupId ?? "",
    name: group.GroupName ?? "",
    description: group.Description ?? "",
    vpcId: group.VpcId ?? null,
    ingress: (group.IpPermissions ?? []).map(toIngressRule),
    tags: Object.fromEntries((group.Tags ?? []).map((t) => [t.Key ?? "", t.Value ?? ""])),
  };
}

function toIngressRule(permission: IpPermission): IngressRule {
  return {
    protocol: permission.IpProtocol === "-1" ? "all" : (permission.IpProtocol ?? ""),
    fromPort: permission.FromPort ?? null,
    toPort: permission.ToPort ?? null,
    cidrs: [
      ...(permission.IpRanges ?? []).map((r) => r.CidrIp ?? ""),
      ...(permission.Ipv6Ranges ?? []).map((r) => r.CidrIpv6 ?? ""),
    ].filter(Boolean),
  };
}
