import { describe, expect, it } from "vitest";
import {
  cgroupHoldsContainer,
  hostPidsOfTop,
  innermostId,
  namespaceIds,
} from "@/lib/exec/proc-status";

const STATUS = [
  "Name:\tsleep",
  "Pid:\t17604",
  "NSpid:\t17604\t61",
  "NSpgid:\t17604\t61",
  "NSsid:\t17597\t54",
  "",
].join("\n");

const ID = "43c821d4bfa65abc64e01427bc055d82482eadfc3e5981f915160f4fbbdcc3af";

describe("process ids across namespaces", () => {
  it("reads the ids from the host's namespace inwards", () => {
    expect(namespaceIds(STATUS, "NSpid")).toEqual([17604, 61]);
  });

  it("gives the container's own id for the process and its session", () => {
    expect(innermostId(STATUS, "NSpid")).toBe(61);
    expect(innermostId(STATUS, "NSsid")).toBe(54);
  });

  it("gives the one id of a process in the reader's own namespace", () => {
    expect(innermostId("NSpid:\t4321\n", "NSpid")).toBe(4321);
  });

  it("gives null when the kernel shows no namespaced ids", () => {
    expect(innermostId("Name:\told-kernel\nPid:\t5\n", "NSpid")).toBeNull();
  });
});

describe("cgroup membership", () => {
  it("finds the container under the cgroupfs and systemd drivers", () => {
    expect(cgroupHoldsContainer(`9:pids:/docker/${ID}\n`, ID)).toBe(true);
    expect(cgroupHoldsContainer(`0::/system.slice/docker-${ID}.scope\n`, ID)).toBe(true);
  });

  it("does not place a host process or another container in it", () => {
    expect(cgroupHoldsContainer("0::/user.slice/session-2.scope\n", ID)).toBe(false);
    expect(cgroupHoldsContainer(`9:pids:/docker/${"a".repeat(64)}\n`, ID)).toBe(false);
  });

  it("asks for the full id, never a prefix that other ids share", () => {
    expect(cgroupHoldsContainer(`9:pids:/docker/${ID}\n`, ID.slice(0, 12))).toBe(false);
  });
});

describe("engine process list", () => {
  it("reads the PID column wherever ps puts it", () => {
    const top = {
      Titles: ["UID", "PID", "PPID", "CMD"],
      Processes: [
        ["root", "16795", "16770", "sleep 900"],
        ["root", "17153", "16770", "sh"],
      ],
    };
    expect(hostPidsOfTop(top)).toEqual([16795, 17153]);
  });

  it("gives no ids when the column is missing", () => {
    expect(hostPidsOfTop({ Titles: ["CMD"], Processes: [["sh"]] })).toEqual([]);
  });
});
