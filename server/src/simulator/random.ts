// A small seeded PRNG (mulberry32). Deterministic for a seed on every JavaScript engine.

export class Random {
  private state: number;
  constructor(seed: number) {
    // Mix the seed so that nearby seeds give unrelated streams.
    let s = (Math.floor(seed) ^ 0x6d2b79f5) | 0;
    s = Math.imul(s ^ (s >>> 16), 0x45d9f3b);
    this.state = s | 0;
  }
  /** A signed 32-bit int, like java.util.Random#nextInt(). */
  nextInt(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) | 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) | 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    return (this.nextInt() >>> 0) / 4294967296;
  }
}

/** The bare mulberry32 stream for a seed (no seed mixing), as a function: used by generators of test and bench inputs. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
