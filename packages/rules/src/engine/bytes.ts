/**
 * A byte sink for writing JSON straight to UTF-8 (for JSON Lines output: the CLI and the benchmark).
 *
 * Writing pre-encoded fragments and integer digits into one buffer avoids building a JavaScript string
 * of every result only to encode it again for stdout: with traces a result is ~17 KB, and a string built
 * from hundreds of pieces costs more to flatten and encode than to compute. Plain Uint8Array and
 * TextEncoder: no Node-only API, so the package stays usable anywhere.
 */
const ENCODER = new TextEncoder();
const DECODER = new TextDecoder();

export class ByteSink {
  buf: Uint8Array;
  pos = 0;

  /**
   * @param size initial capacity; the buffer grows when `flush` is not given
   * @param flush receives each full chunk as a view of the sink's buffer, valid until the next write: write
   *   it synchronously (e.g. fs.writeSync) or copy it
   */
  constructor(
    size = 1 << 16,
    private readonly flush?: (chunk: Uint8Array) => void,
  ) {
    this.buf = new Uint8Array(size);
  }

  /** Room for n more bytes: flushes (when a flush callback is given) or grows. */
  reserve(n: number): void {
    if (this.pos + n <= this.buf.length) return;
    if (this.flush && this.pos > 0) {
      this.flush(this.buf.subarray(0, this.pos));
      this.pos = 0;
      if (n <= this.buf.length) return;
    }
    const next = new Uint8Array(Math.max(this.buf.length * 2, this.pos + n));
    next.set(this.buf.subarray(0, this.pos));
    this.buf = next;
  }

  /** Pre-encoded bytes. */
  bytes(b: Uint8Array): void {
    const n = b.length;
    if (this.pos + n > this.buf.length) this.reserve(n);
    const buf = this.buf;
    let p = this.pos;
    if (n < 16) for (let i = 0; i < n; i++) buf[p++] = b[i]!;
    else {
      buf.set(b, p);
      p += n;
    }
    this.pos = p;
  }

  byte(c: number): void {
    if (this.pos + 1 > this.buf.length) this.reserve(1);
    this.buf[this.pos++] = c;
  }

  /** Any string, UTF-8 encoded (no JSON escaping). */
  text(s: string): void {
    const max = s.length * 3;
    if (this.pos + max > this.buf.length) this.reserve(max);
    this.pos += ENCODER.encodeInto(s, this.buf.subarray(this.pos)).written;
  }

  /** A safe integer in decimal (what JSON.stringify and String() write). */
  int(n: number): void {
    if (this.pos + 17 > this.buf.length) this.reserve(17);
    const buf = this.buf;
    if (n < 0) {
      buf[this.pos++] = 45; // '-'
      n = -n;
    }
    if (n < 10) {
      buf[this.pos++] = 48 + n;
      return;
    }
    let digits = 0;
    for (let m = n; m > 0; m = Math.floor(m / 10)) digits++;
    let p = this.pos + digits;
    this.pos = p;
    while (n > 0) {
      const q = Math.floor(n / 10);
      buf[--p] = 48 + (n - q * 10);
      n = q;
    }
  }

  /** A number as JSON.stringify writes it (non-finite → null). */
  number(n: number): void {
    if (Number.isSafeInteger(n)) this.int(n); // -0 writes "0", as JSON.stringify does
    else if (Number.isFinite(n)) this.text(String(n));
    else this.text('null');
  }

  /** Everything written so far, as a string; then empties the sink. */
  take(): string {
    const s = DECODER.decode(this.buf.subarray(0, this.pos));
    this.pos = 0;
    return s;
  }

  /** Everything written so far (a view, valid until the next write); then empties the sink. */
  takeBytes(): Uint8Array {
    const b = this.buf.subarray(0, this.pos);
    this.pos = 0;
    return b;
  }
}

/** UTF-8 bytes of a string (for fragments compiled once). */
export function utf8(s: string): Uint8Array {
  return ENCODER.encode(s);
}
