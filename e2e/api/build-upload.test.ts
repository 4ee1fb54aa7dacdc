import { gzipSync } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import { buildUpload, cleanUpBuilds, FROM_BASE, tarOf, testTag, zipOf } from "../support/build";

// Builds from an archive sent as the body: tar, .tar.gz and zip, told apart by their
// bytes whatever the Content-Type says.

afterAll(cleanUpBuilds);

describe("building from an upload", () => {
  it("builds a tar sent as the body", async () => {
    const tag = testTag("tar");
    const archive = await tarOf({
      Dockerfile: `${FROM_BASE}COPY hello.txt /\nRUN cat /hello.txt\n`,
      "hello.txt": "hello from a tar",
    });
    const build = await buildUpload({ tag }, archive, "application/x-tar");
    expect(build.last).toMatchObject({ type: "done", tag });
    expect(build.logs).toContain("hello from a tar");
  });

  it.each(["application/gzip", "application/x-gzip"])(
    "builds a .tar.gz sent as %s, as Chromium labels one",
    async (contentType) => {
      const tag = testTag("tgz");
      const archive = gzipSync(
        await tarOf({
          Dockerfile: `${FROM_BASE}COPY hello.txt /\nRUN cat /hello.txt\n`,
          "hello.txt": "hello from a tar.gz",
        }),
      );
      // No cache: a second build of the same context would print nothing.
      const build = await buildUpload({ tag, noCache: "true" }, archive, contentType);
      expect(build.error).toBeUndefined();
      expect(build.last).toMatchObject({ type: "done", tag });
      expect(build.logs).toContain("hello from a tar.gz");
    },
  );

  it("builds a tar labelled as a zip: the bytes decide, not the Content-Type", async () => {
    const tag = testTag("tar-as-zip");
    const archive = await tarOf({ Dockerfile: `${FROM_BASE}RUN echo labelled-zip\n` });
    const build = await buildUpload({ tag }, archive, "application/zip");
    expect(build.last).toMatchObject({ type: "done", tag });
    expect(build.logs).toContain("labelled-zip");
  });

  it("refuses a body that is no archive, naming its first bytes", async () => {
    const build = await buildUpload(
      { tag: testTag("bad") },
      Buffer.from("FROM scratch\n"),
      "application/x-tar",
    );
    expect(build.status).toBe(400);
    expect(build.error.message).toContain("starts with the bytes 46 52 4f 4d");
  });

  it("builds a zip of one folder, keeping modes and applying .dockerignore", async () => {
    const tag = testTag("zip");
    const archive = await zipOf({
      "app/Dockerfile": `${FROM_BASE}COPY . /app/\nRUN /app/run.sh && ls /app\n`,
      "app/run.sh": { content: "#!/bin/sh\necho ran from a zip\n", mode: 0o755 },
      "app/.dockerignore": "*.secret\n",
      "app/token.secret": "x",
    });
    const build = await buildUpload({ tag, noCache: "true" }, archive, "application/zip");
    expect(build.last).toMatchObject({ type: "done", tag });
    expect(build.logs).toContain("ran from a zip");
    expect(build.logs).not.toContain("token.secret");
  });

  it("refuses an empty upload and a form upload with 400", async () => {
    const empty = await buildUpload({ tag: testTag("bad") }, Buffer.alloc(0), "application/x-tar");
    expect(empty.status).toBe(400);
    const form = await buildUpload(
      { tag: testTag("bad") },
      Buffer.from("x"),
      "multipart/form-data",
    );
    expect(form.status).toBe(400);
  });

  it("answers 404 for a zip without the Dockerfile", async () => {
    const archive = await zipOf({ "readme.txt": "nothing to build" });
    const build = await buildUpload({ tag: testTag("bad") }, archive, "application/zip");
    expect(build.status).toBe(404);
  });
});
