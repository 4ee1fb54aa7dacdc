"""The ECR push recorder: test harness, never part of Slipway.

moto has ECR's API but no registry. The ECR stand-in (docker-registry, see
scripts/ecr-stand-in.sh) posts a notification for every manifest push; this
listener does what ECR would have done with it: it fetches the pushed manifest
from the stand-in and records it in moto with PutImage, with the same bytes,
media type and digest, so that DescribeImages lists the image as pushed.

moto computes its own digest (from the layer digests) unless PutImage names one:
ECR's digest is the sha256 of the manifest bytes, so it is given explicitly.

Runs with the Python of moto's virtualenv (it holds boto3). Answers every
notification with 200, having logged what it did: the registry would retry a
failed delivery forever and hold back later ones. GET /recent lists the last
outcomes, for tests that wait for an image and want to say why it never came.
"""

import argparse
import base64
import hashlib
import http.client
import json
import os
import re
import socket
import ssl
import sys
import threading
from collections import deque
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import boto3

HOST = re.compile(r"^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$")
MANIFEST_TYPES = {
    "application/vnd.docker.distribution.manifest.v2+json",
    "application/vnd.docker.distribution.manifest.list.v2+json",
    "application/vnd.oci.image.manifest.v1+json",
    "application/vnd.oci.image.index.v1+json",
}
recent = deque(maxlen=100)
lock = threading.Lock()  # one recording at a time: pushes of one tag stay in order


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--listen", required=True, help="host:port to listen on")
    parser.add_argument("--registry", required=True, help="the stand-in's host:port")
    parser.add_argument("--ca", required=True, help="the test CA's certificate")
    parser.add_argument("--moto", required=True, help="moto's URL")
    return parser.parse_args()


class StandInConnection(http.client.HTTPSConnection):
    """HTTPS to the stand-in's loopback address whatever the name resolves to,
    verifying its certificate for the ECR host name: never a real AWS address."""

    def __init__(self, host, registry, context):
        super().__init__(host, context=context, timeout=15)
        self.registry = registry

    def connect(self):
        address, port = self.registry.rsplit(":", 1)
        sock = socket.create_connection((address, int(port)), self.timeout)
        self.sock = self._context.wrap_socket(sock, server_hostname=self.host)


def fetch_manifest(args, host, repository, digest, media_type):
    context = ssl.create_default_context(cafile=args.ca)
    password = os.environ["ECR_RECORDER_PASSWORD"]
    basic = base64.b64encode(f"AWS:{password}".encode()).decode()
    connection = StandInConnection(host, args.registry, context)
    connection.request(
        "GET",
        f"/v2/{repository}/manifests/{digest}",
        headers={"Accept": media_type, "Authorization": f"Basic {basic}"},
    )
    answer = connection.getresponse()
    body = answer.read()
    connection.close()
    if answer.status != 200:
        raise RuntimeError(f"the stand-in answered {answer.status} for the manifest")
    if "sha256:" + hashlib.sha256(body).hexdigest() != digest:
        raise RuntimeError("the manifest's bytes do not hash to the pushed digest")
    return body


def record(args, event):
    target = event["target"]
    host = event.get("request", {}).get("host", "").split(":")[0]
    match = HOST.match(host)
    if not match:
        return {"outcome": "ignored", "why": f"{host!r} is not an ECR registry host"}
    region = match.group(2)
    repository, digest, tag = target["repository"], target["digest"], target.get("tag")
    manifest = fetch_manifest(args, host, repository, digest, target["mediaType"])
    ecr = boto3.client(
        "ecr",
        region_name=region,
        endpoint_url=args.moto,
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    put = {
        "repositoryName": repository,
        "imageManifest": manifest.decode("utf-8"),
        "imageManifestMediaType": target["mediaType"],
        "imageDigest": digest,
    }
    if tag:
        put["imageTag"] = tag
    try:
        ecr.put_image(**put)
    except ecr.exceptions.ImageAlreadyExistsException:
        pass  # recorded already (a notification delivered twice)
    image_ids = [{"imageTag": tag}] if tag else [{"imageDigest": digest}]
    listed = ecr.describe_images(repositoryName=repository, imageIds=image_ids)
    listed_digest = listed["imageDetails"][0]["imageDigest"]
    if listed_digest != digest:
        raise RuntimeError(f"moto lists {listed_digest}, the registry holds {digest}")
    return {"outcome": "recorded", "region": region}


class Handler(BaseHTTPRequestHandler):
    def do_GET(self):
        if self.path == "/health":
            return self.answer(200, {"ok": True})
        if self.path == "/recent":
            return self.answer(200, list(recent))
        return self.answer(404, {"error": "not found"})

    def do_POST(self):
        length = int(self.headers.get("Content-Length") or 0)
        envelope = json.loads(self.rfile.read(length) or b"{}")
        for event in envelope.get("events", []):
            target = event.get("target", {})
            if event.get("action") != "push" or target.get("mediaType") not in MANIFEST_TYPES:
                continue
            entry = {k: target.get(k) for k in ("repository", "tag", "digest")}
            try:
                with lock:
                    entry.update(record(self.server.args, event))
            except Exception as error:  # noqa: BLE001 - logged and listed, never retried
                entry.update({"outcome": "failed", "why": f"{type(error).__name__}: {error}"})
            recent.append(entry)
            print(json.dumps(entry), flush=True)
        self.answer(200, {"ok": True})

    def answer(self, status, body):
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def log_message(self, format, *args):
        pass  # one JSON line per recording is the log


def main():
    args = parse_args()
    address, port = args.listen.rsplit(":", 1)
    server = ThreadingHTTPServer((address, int(port)), Handler)
    server.args = args
    print(f"ECR push recorder on {args.listen}, stand-in {args.registry}", flush=True)
    server.serve_forever()


if __name__ == "__main__":
    sys.exit(main())
