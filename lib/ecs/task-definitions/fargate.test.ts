import { describe, expect, it } from "vitest";
import {
  cpuUnits,
  fargateMemoryChoices,
  fargatePairProblem,
  memoryMiB,
} from "@/lib/ecs/task-definitions/fargate";

describe("Fargate CPU and memory pairs", () => {
  it.each([
    [256, [512, 1024, 2048]],
    [512, [1024, 2048, 3072, 4096]],
    [1024, [2048, 3072, 4096, 5120, 6144, 7168, 8192]],
  ])("offers the memory sizes of %i CPU units", (cpu, memory) => {
    expect(fargateMemoryChoices(cpu)).toEqual(memory);
  });

  it("goes up in 1 GB steps from 4 to 16 GB for 2 vCPU", () => {
    const choices = fargateMemoryChoices(2048);
    expect(choices[0]).toBe(4096);
    expect(choices.at(-1)).toBe(16384);
    expect(choices).toHaveLength(13);
  });

  it("goes up in 1 GB steps from 8 to 30 GB for 4 vCPU", () => {
    const choices = fargateMemoryChoices(4096);
    expect([choices[0], choices.at(-1), choices.length]).toEqual([8192, 30720, 23]);
  });

  it("goes up in 4 GB steps from 16 to 60 GB for 8 vCPU", () => {
    const choices = fargateMemoryChoices(8192);
    expect([choices[0], choices[1], choices.at(-1), choices.length]).toEqual([
      16384, 20480, 61440, 12,
    ]);
  });

  it("goes up in 8 GB steps from 32 to 120 GB for 16 vCPU", () => {
    const choices = fargateMemoryChoices(16384);
    expect([choices[0], choices[1], choices.at(-1), choices.length]).toEqual([
      32768, 40960, 122880, 12,
    ]);
  });

  it("accepts a valid pair", () => {
    expect(fargatePairProblem(512, 2048)).toBeNull();
    expect(fargatePairProblem(8192, 20480)).toBeNull();
  });

  it("lists the valid memory for the chosen CPU when the pair is wrong", () => {
    expect(fargatePairProblem(256, 4096)).toBe(
      "memory 4096 MiB does not go with 256 CPU units (0.25 vCPU) on Fargate; " +
        "valid memory for 256 CPU units (MiB): 512, 1024, 2048",
    );
  });

  it("refuses a step between the valid sizes", () => {
    expect(fargatePairProblem(8192, 18432)).toContain("16384, 20480, 24576");
  });

  it("lists the CPU values for a CPU Fargate does not offer", () => {
    expect(fargatePairProblem(300, 512)).toBe(
      "CPU 300 is not offered on Fargate; valid CPU units: 256, 512, 1024, 2048, 4096, 8192, 16384",
    );
  });

  it("reads CPU and memory as ECS writes them", () => {
    expect([cpuUnits("1 vCPU"), cpuUnits(".25 vcpu"), cpuUnits("512"), cpuUnits("x")]).toEqual([
      1024,
      null,
      512,
      null,
    ]);
    expect([memoryMiB("2 GB"), memoryMiB("0.5GB"), memoryMiB(3072)]).toEqual([2048, 512, 3072]);
  });
});
