import fs from "node:fs/promises";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import {
  buildFolder,
  cleanUpBuilds,
  contextFolder,
  FROM_BASE,
  inspectTag,
  testTag,
} from "../support/build";
import { BASE_IMAGE } from "../support/env";
import { apiJson } from "../support/http";

afterAll(cleanUpBuilds);

describe("building an image from a folder", () => {
  it("builds the tutorial app and reports its image id and tag", async () => {
    const tag = testTag("tutorial");
    const context = path.resolve(__dirname, "../fixtures/tutorial-app");
    const build = await buildFolder({ context, tag });

    expect(build.status).toBe(200);
    expect(build.last).toMatchObject({
      type: "done",
      tag,
      imageId: expect.stringMatching(/^sha256:/),
    });
    expect(build.steps[0]).toMatch(/^Step 1\/\d+ : ARG BASE=/);
    const image = await inspectTag(tag);
    expect(image?.Id).toBe(build.last?.imageId);
    expect(image?.Config.Env).toContain("APP_NAME=tutorial-app");
  });

  it("builds when .dockerignore lists the Dockerfile and itself (D1)", async () => {
    const tag = testTag("d1");
    const context = await contextFolder({
      Dockerfile: `${FROM_BASE}RUN echo ok\n`,
      ".dockerignore": "Dockerfile\n.dockerignore\n",
    });
    const build = await buildFolder({ context, tag });
    expect(build.last).toMatchObject({ type: "done", tag });
    expect(build.logs).toContain("ok");
  });

  it("builds with a .dockerignore of `*` and copies nothing (D1 variant)", async () => {
    const tag = testTag("d1-star");
    const context = await contextFolder({
      Dockerfile: `${FROM_BASE}COPY . /ctx/\nRUN echo "files: $(ls -A /ctx | wc -l)"\n`,
      ".dockerignore": "*\n",
      "secret.txt": "left out",
    });
    const build = await buildFolder({ context, tag });
    expect(build.last).toMatchObject({ type: "done", tag });
    expect(build.logs).toContain("files: 0");
  });

  it("applies `!` exceptions and `**` when assembling the context", async () => {
    const tag = testTag("ignore-rules");
    const context = await contextFolder({
      Dockerfile: `${FROM_BASE}COPY . /ctx/\nRUN cd /ctx && find . -type f | sort\n`,
      ".dockerignore": "logs\n!logs/keep.log\n**/*.tmp\n/root-only.txt\n",
      "logs/a.log": "a",
      "logs/keep.log": "k",
      "src/x.tmp": "t",
      "src/main.sh": "m",
      "root-only.txt": "r",
      "src/root-only.txt": "s",
    });
    const build = await buildFolder({ context, tag });
    expect(build.last).toMatchObject({ type: "done" });
    expect(build.logs).toEqual(expect.arrayContaining(["./logs/keep.log", "./src/main.sh"]));
    expect(build.logs).toContain("./src/root-only.txt");
    for (const gone of ["./logs/a.log", "./src/x.tmp", "./root-only.txt"]) {
      expect(build.logs).not.toContain(gone);
    }
  });

  it("sends symbolic links as links, never the file they point to", async () => {
    const tag = testTag("symlink");
    const context = await contextFolder({
      Dockerfile: `${FROM_BASE}COPY . /ctx/\nRUN echo "link=$(readlink /ctx/outside)"\n`,
    });
    await fs.symlink("/etc/hostname", path.join(context, "outside"));
    const build = await buildFolder({ context, tag, noCache: true });
    expect(build.last).toMatchObject({ type: "done" });
    expect(build.logs).toContain("link=/etc/hostname");
  });

  it("fails a COPY of a missing file with the engine's message and step (D2)", async () => {
    const tag = testTag("d2-copy");
    const context = await contextFolder({ Dockerfile: `${FROM_BASE}COPY no-such-file /x\n` });
    const build = await buildFolder({ context, tag });
    expect(build.status).toBe(200);
    expect(build.last).toMatchObject({
      type: "failure",
      message: expect.stringContaining("no-such-file"),
      step: "Step 3/3 : COPY no-such-file /x",
    });
    expect(build.lines.some((l) => l.type === "done")).toBe(false);
    expect(await inspectTag(tag)).toBeNull();
  });

  it("fails `RUN exit 3` with the exit code in the message and the step (D2)", async () => {
    const tag = testTag("d2-run");
    const context = await contextFolder({ Dockerfile: `${FROM_BASE}RUN exit 3\n` });
    const build = await buildFolder({ context, tag });
    expect(build.last).toMatchObject({
      type: "failure",
      message: expect.stringMatching(/returned a non-zero code: 3/),
      step: "Step 3/3 : RUN exit 3",
    });
    expect(await inspectTag(tag)).toBeNull();
  });

  it("passes build args and stops at the target stage", async () => {
    const tag = testTag("args-target");
    const context = await contextFolder({
      "build/App.Dockerfile": [
        `${FROM_BASE.replace("\n", " AS base\n")}ARG GREETING=none`,
        'RUN echo "greeting=$GREETING"',
        "FROM base AS extra",
        "RUN echo should-not-run",
        "",
      ].join("\n"),
    });
    const build = await buildFolder({
      context,
      tag,
      dockerfile: "build/App.Dockerfile",
      buildArgs: { GREETING: "hello" },
      target: "base",
      noCache: true,
    });
    expect(build.last).toMatchObject({ type: "done", tag });
    expect(build.logs).toContain("greeting=hello");
    expect(build.logs).not.toContain("should-not-run");
    expect(build.steps.every((s) => s.includes("/4 : "))).toBe(true);
  });
});

describe("build inputs that are refused before the build starts", () => {
  it("refuses a relative context path with 400", async () => {
    const build = await buildFolder({ context: "some/folder", tag: testTag("bad") });
    expect(build.status).toBe(400);
    expect(build.error).toMatchObject({ code: "invalid_input", message: /absolute path/ });
  });

  it("answers 404 for a folder that does not exist", async () => {
    const build = await buildFolder({ context: "/nonexistent/slipway-test", tag: testTag("bad") });
    expect(build.status).toBe(404);
    expect(build.error.message).toContain("/nonexistent/slipway-test");
  });

  it("answers 404 for a folder without the Dockerfile", async () => {
    const context = await contextFolder({ "README.md": "no Dockerfile here" });
    const build = await buildFolder({ context, tag: testTag("bad") });
    expect(build.status).toBe(404);
    expect(build.error.message).toMatch(/There is no Dockerfile in/);
  });

  it("refuses an invalid image name with 400", async () => {
    const context = await contextFolder({ Dockerfile: FROM_BASE });
    const build = await buildFolder({ context, tag: "Not A Tag" });
    expect(build.status).toBe(400);
    expect(build.error.message).toBe(
      'Invalid body: tag: "Not A Tag" holds a space; an image reference has none',
    );
  });

  it.each(["team/App:v1", "app:-x", "localhost:50a0/app"])(
    "refuses the tag %s with the tag route's own words",
    async (bad) => {
      const context = await contextFolder({ Dockerfile: FROM_BASE });
      const build = await buildFolder({ context, tag: bad });
      const tagged = await apiJson<{ error: { message: string } }>(
        "POST",
        `/api/docker/images/${encodeURIComponent(BASE_IMAGE)}/tag`,
        { tag: bad },
      );
      expect(build.status).toBe(400);
      expect(tagged.status).toBe(400);
      const problem = tagged.body.error.message.replace(/^Invalid body: tag: /, "");
      expect(build.error.message).toBe(`Invalid body: tag: ${problem}`);
    },
  );

  it("refuses a body field it does not know, naming it", async () => {
    const context = await contextFolder({ Dockerfile: FROM_BASE });
    const build = await buildFolder({ context, tag: testTag("bad"), nocache: true });
    expect(build.status).toBe(400);
    expect(build.error.message).toBe('Invalid body: unknown field "nocache"');
  });

  it.each([
    ["context", { context: "/tmp/a\u0000b" }, "context folder holds a control character"],
    ["dockerfile", { dockerfile: "Docker\u0000file" }, "Dockerfile path holds a control"],
  ])("refuses a %s with a NUL in it with 400, not 500", async (_field, input, words) => {
    const context = await contextFolder({ Dockerfile: FROM_BASE });
    const build = await buildFolder({ context, tag: testTag("bad"), ...input });
    expect(build.status).toBe(400);
    expect(build.error.message).toContain(words);
  });

  it("refuses a target stage the Dockerfile does not name, listing its stages", async () => {
    const context = await contextFolder({ Dockerfile: `${FROM_BASE.replace("\n", " AS one\n")}` });
    const build = await buildFolder({ context, tag: testTag("bad"), target: "two" });
    expect(build.status).toBe(400);
    expect(build.error.message).toBe(
      'The target stage "two" is not in Dockerfile: its stages are one',
    );
  });

  it("refuses a Dockerfile path that leaves the context", async () => {
    const context = await contextFolder({ Dockerfile: FROM_BASE });
    const build = await buildFolder({ context, tag: testTag("bad"), dockerfile: "../Dockerfile" });
    expect(build.status).toBe(400);
  });
});
