import { describe, expect, it } from "vitest";
import { cpuPercent, type EngineStats, memoryUsed, toStatsSample } from "@/lib/stats/math";

// Samples shaped as docker 20.10 sends them (GET /containers/{id}/stats), written by
// hand from the documented fields: one from a cgroup v1 host, one from cgroup v2.

const cgroupV1: EngineStats = {
  read: "2026-12-04T16:00:01.000000000Z",
  pids_stats: { current: 3 },
  cpu_stats: {
    cpu_usage: { total_usage: 2_500_000_000, percpu_usage: [1_500_000_000, 1_000_000_000] },
    system_cpu_usage: 104_000_000_000,
    // Engines before API 1.27 leave online_cpus out: percpu_usage counts the CPUs.
  },
  precpu_stats: {
    cpu_usage: { total_usage: 1_500_000_000, percpu_usage: [1_000_000_000, 500_000_000] },
    system_cpu_usage: 102_000_000_000,
  },
  memory_stats: {
    usage: 50_000_000,
    limit: 2_000_000_000,
    stats: { cache: 12_000_000, total_inactive_file: 10_000_000, rss: 30_000_000 },
  },
  networks: {
    eth0: { rx_bytes: 1_000, tx_bytes: 200 },
    eth1: { rx_bytes: 24, tx_bytes: 6 },
  },
  blkio_stats: {
    io_service_bytes_recursive: [
      { op: "Read", value: 4_096 },
      { op: "Write", value: 8_192 },
      { op: "Sync", value: 12_288 },
      { op: "Total", value: 12_288 },
    ],
  },
};

const cgroupV2: EngineStats = {
  read: "2026-12-04T16:00:02.000000000Z",
  pids_stats: { current: 1 },
  cpu_stats: {
    cpu_usage: { total_usage: 900_000_000 },
    system_cpu_usage: 8_000_000_000,
    online_cpus: 4,
  },
  precpu_stats: {
    cpu_usage: { total_usage: 400_000_000 },
    system_cpu_usage: 4_000_000_000,
    online_cpus: 4,
  },
  memory_stats: {
    usage: 7_340_032,
    limit: 8_000_000_000,
    stats: { anon: 4_194_304, file: 3_145_728, inactive_file: 2_097_152, active_file: 1_048_576 },
  },
  networks: { eth0: { rx_bytes: 5_000, tx_bytes: 7_000 } },
  blkio_stats: {
    io_service_bytes_recursive: [
      { op: "read", value: 1_000 },
      { op: "write", value: 3_000 },
    ],
  },
};

describe("toStatsSample", () => {
  it("reads a cgroup v1 sample as docker stats shows it", () => {
    expect(toStatsSample(cgroupV1)).toEqual({
      time: Date.parse("2026-12-04T16:00:01Z"),
      // 1e9 of 2e9 host nanoseconds, on two CPUs from percpu_usage.
      cpuPercent: 100,
      memoryUsed: 40_000_000,
      memoryLimit: 2_000_000_000,
      networkRx: 1_024,
      networkTx: 206,
      blockRead: 4_096,
      blockWrite: 8_192,
      pids: 3,
    });
  });

  it("reads a cgroup v2 sample: inactive_file is the cache, ops are lower case", () => {
    expect(toStatsSample(cgroupV2)).toMatchObject({
      cpuPercent: 50,
      memoryUsed: 5_242_880,
      memoryLimit: 8_000_000_000,
      networkRx: 5_000,
      networkTx: 7_000,
      blockRead: 1_000,
      blockWrite: 3_000,
      pids: 1,
    });
  });

  it("has no CPU figure on a stream's first sample, which has no previous reading", () => {
    const first = { ...cgroupV2, precpu_stats: { cpu_usage: { total_usage: 0 } } };
    expect(cpuPercent(first)).toBeNull();
  });

  it("falls back to the old cache field and never goes below zero", () => {
    expect(memoryUsed({ memory_stats: { usage: 100, stats: { cache: 30 } } })).toBe(70);
    expect(memoryUsed({ memory_stats: { usage: 100, stats: { inactive_file: 300 } } })).toBe(100);
  });

  it("reads a stopped container's zeroed sample without failing", () => {
    const stopped = { read: "0001-01-01T00:00:00Z", memory_stats: {}, networks: null };
    expect(toStatsSample(stopped, 42)).toMatchObject({
      time: 42,
      cpuPercent: null,
      memoryUsed: 0,
      networkRx: 0,
    });
  });
});
