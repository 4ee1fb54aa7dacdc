// The CPU and memory pairs Fargate runs (CPU in units, 1024 = 1 vCPU; memory in
// MiB). Any other pair is refused by RegisterTaskDefinition; checking first lets a
// form list what would work. Pure.

export const FARGATE_CPU = [256, 512, 1024, 2048, 4096, 8192, 16384] as const;
export type FargateCpu = (typeof FARGATE_CPU)[number];

const steps = (from: number, to: number, step: number) =>
  Array.from({ length: (to - from) / step + 1 }, (_, i) => from + i * step);

const MEMORY_BY_CPU: Record<FargateCpu, readonly number[]> = {
  256: [512, 1024, 2048],
  512: steps(1024, 4096, 1024),
  1024: steps(2048, 8192, 1024),
  2048: steps(4096, 16384, 1024),
  4096: steps(8192, 30720, 1024),
  8192: steps(16384, 61440, 4096),
  16384: steps(32768, 122880, 8192),
};

export const isFargateCpu = (cpu: number): cpu is FargateCpu =>
  (FARGATE_CPU as readonly number[]).includes(cpu);

/** The memory sizes (MiB) Fargate pairs with `cpu` units; empty for a CPU it does not offer. */
export function fargateMemoryChoices(cpu: number): readonly number[] {
  return isFargateCpu(cpu) ? MEMORY_BY_CPU[cpu] : [];
}

/** "0.25 vCPU", "1 vCPU". */
export const vcpuLabel = (cpu: number) => `${cpu / 1024} vCPU`;

/** "512 MiB", "2 GB" as the console shows them. */
export const memoryLabel = (mib: number) => (mib < 1024 ? `${mib} MiB` : `${mib / 1024} GB`);

/** Why `cpu`/`memory` is not a Fargate pair, naming the valid values; null when it is one. */
export function fargatePairProblem(cpu: number, memory: number): string | null {
  if (!isFargateCpu(cpu)) {
    return `CPU ${cpu} is not offered on Fargate; valid CPU units: ${FARGATE_CPU.join(", ")}`;
  }
  const choices = MEMORY_BY_CPU[cpu];
  if (choices.includes(memory)) return null;
  return (
    `memory ${memory} MiB does not go with ${cpu} CPU units (${vcpuLabel(cpu)}) on Fargate; ` +
    `valid memory for ${cpu} CPU units (MiB): ${choices.join(", ")}`
  );
}

/** Task-level CPU as ECS takes it: "256", "1024" or "1 vCPU". Null when unreadable. */
export function cpuUnits(value: string | number): number | null {
  const text = String(value).trim();
  const vcpu = /^(\d+(?:\.\d+)?)\s*vcpu$/i.exec(text);
  if (vcpu) return Math.round(Number(vcpu[1]) * 1024);
  return /^\d+$/.test(text) ? Number(text) : null;
}

/** Task-level memory as ECS takes it: "512", "2048" or "2 GB". Null when unreadable. */
export function memoryMiB(value: string | number): number | null {
  const text = String(value).trim();
  const gb = /^(\d+(?:\.\d+)?)\s*gb$/i.exec(text);
  if (gb) return Math.round(Number(gb[1]) * 1024);
  return /^\d+$/.test(text) ? Number(text) : null;
}
