// When Slipway cannot read the engine host's /proc (a remote engine), the terminal's
// process tells its own id: a tiny sh wrapper prints it as an operating-system command
// sequence (OSC 7701, a number no terminal uses) and then execs the real command, so
// the id is the command's. The reader takes the sequence out of the output before the
// browser sees it.

const PREFIX = "\u001b]7701;slipway-pid=";
const BEL = 0x07;
/** Digits of a pid fit well within this many bytes after the prefix. */
const MAX_DIGITS = 12;

export const PID_MARKER_SCRIPT = 'printf "\\033]7701;slipway-pid=%s\\007" "$$"; exec "$@"';

/** argv run under the wrapper; needs a `sh` in the image. */
export function withPidMarker(argv: readonly string[]): string[] {
  return ["sh", "-c", PID_MARKER_SCRIPT, "sh", ...argv];
}

const prefixBytes = new TextEncoder().encode(PREFIX);

/** Reads the marker at the very start of a TTY's output, passing everything else on. */
export class PidMarkerReader {
  private pending: Uint8Array = new Uint8Array(0);
  private settled = false;
  pid: number | null = null;

  /** Output to show for this chunk (empty while the marker may still be arriving). */
  push(chunk: Uint8Array): Uint8Array {
    if (this.settled) return chunk;
    const all = concat(this.pending, chunk);
    const compared = Math.min(all.length, prefixBytes.length);
    for (let i = 0; i < compared; i += 1) {
      if (all[i] !== prefixBytes[i]) return this.settle(all);
    }
    if (all.length <= prefixBytes.length) return this.wait(all);
    const end = all.indexOf(BEL, prefixBytes.length);
    if (end < 0) {
      return all.length - prefixBytes.length > MAX_DIGITS ? this.settle(all) : this.wait(all);
    }
    const digits = new TextDecoder().decode(all.slice(prefixBytes.length, end));
    if (!/^\d+$/.test(digits)) return this.settle(all);
    this.pid = Number(digits);
    return this.settle(all.slice(end + 1));
  }

  /** What is held back when the stream ends before the marker completed. */
  flush(): Uint8Array {
    return this.settle(this.pending);
  }

  private wait(all: Uint8Array): Uint8Array {
    this.pending = all;
    return new Uint8Array(0);
  }

  private settle(output: Uint8Array): Uint8Array {
    this.settled = true;
    this.pending = new Uint8Array(0);
    return output;
  }
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
