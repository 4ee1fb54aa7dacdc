"use client";

import { Field, INPUT } from "@/components/aws/field";
import {
  FARGATE_CPU,
  fargateMemoryChoices,
  memoryLabel,
  vcpuLabel,
} from "@/lib/ecs/task-definitions/fargate";

/** A Fargate size: the CPU, then only the memory sizes Fargate pairs with it. */
export function FargateSizeFields({
  idPrefix,
  cpu,
  memory,
  onChange,
  problems,
}: {
  /** `td` gives the ids and test ids `td-cpu` and `td-memory`. */
  idPrefix: string;
  cpu: number;
  memory: number;
  onChange: (size: { cpu: number; memory: number }) => void;
  problems: { cpu?: string | undefined; memory?: string | undefined };
}) {
  const setCpu = (next: number) => {
    const choices = fargateMemoryChoices(next);
    onChange({ cpu: next, memory: choices.includes(memory) ? memory : (choices[0] ?? 0) });
  };
  return (
    <>
      <Field id={`${idPrefix}-cpu`} label="CPU" problem={problems.cpu}>
        <select
          id={`${idPrefix}-cpu`}
          className={INPUT}
          value={cpu}
          onChange={(e) => setCpu(Number(e.target.value))}
          data-testid={`${idPrefix}-cpu`}
        >
          {FARGATE_CPU.map((units) => (
            <option key={units} value={units}>
              {vcpuLabel(units)} ({units})
            </option>
          ))}
        </select>
      </Field>
      <Field id={`${idPrefix}-memory`} label="Memory" problem={problems.memory}>
        <select
          id={`${idPrefix}-memory`}
          className={INPUT}
          value={memory}
          onChange={(e) => onChange({ cpu, memory: Number(e.target.value) })}
          data-testid={`${idPrefix}-memory`}
        >
          {fargateMemoryChoices(cpu).map((mib) => (
            <option key={mib} value={mib}>
              {memoryLabel(mib)}
            </option>
          ))}
        </select>
      </Field>
    </>
  );
}
