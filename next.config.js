/** @type {import('next').NextConfig} */
const nextConfig = {
  // dockerode pulls in ssh2 and native optional modules: keep them out of the bundle.
  serverExternalPackages: [
    "dockerode",
    "docker-modem",
    "ssh2",
    "cpu-features",
    "tar-stream",
    "yauzl",
  ],
  poweredByHeader: false,
  // Parallel checkouts and test runs may build into their own folder.
  distDir: process.env.SLIPWAY_DIST_DIR || ".next",
  // Streams (logs, builds) must not be compressed: compression buffers events.
  compress: false,
};

module.exports = nextConfig;
