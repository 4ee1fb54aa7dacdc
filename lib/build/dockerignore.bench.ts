import { bench, describe } from "vitest";
import { contextFilter } from "@/lib/build/context-filter";
import { parseDockerignore } from "@/lib/build/dockerignore";

// Deciding which files of a large context travel to the engine (a node_modules-sized
// tree of 50,000 paths) with the rules a typical project writes.

const RULES = `
node_modules
**/*.log
.git
dist/**
!dist/keep.txt
**/__pycache__
*.tmp
`;

const paths = Array.from({ length: 50_000 }, (_, i) => {
  const depth = i % 5;
  const dirs = Array.from({ length: depth }, (_, d) => `dir${(i + d) % 37}`);
  const top = i % 4 === 0 ? "node_modules" : i % 4 === 1 ? "src" : i % 4 === 2 ? "dist" : "lib";
  return [top, ...dirs, `file${i}.${i % 3 === 0 ? "log" : "ts"}`].join("/");
});

describe("build context, 50,000 paths", () => {
  bench("apply .dockerignore to every path", () => {
    const filter = contextFilter(parseDockerignore(RULES), ["Dockerfile", ".dockerignore"]);
    let sent = 0;
    for (const path of paths) if (filter.includes(path)) sent += 1;
    if (sent === 0 || sent === paths.length) throw new Error("the rules did not apply");
  });
});
