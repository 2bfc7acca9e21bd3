// Kafka's murmur2 (org.apache.kafka.common.utils.Utils#murmur2) and toPositive, bit-exact.
// All arithmetic is modulo 2^32; Math.imul gives the low 32 bits of the product like Java's int multiply.

const SEED = 0x9747b28c | 0;
const M = 0x5bd1e995 | 0;
const R = 24;

/** murmur2 of the given bytes (the first `length` of them), as Java's signed 32-bit int. */
export function murmur2(data: Uint8Array, length: number = data.length): number {
  let h = SEED ^ length;
  const length4 = length >>> 2;
  for (let i = 0; i < length4; i++) {
    const i4 = i << 2;
    let k = (data[i4]! & 0xff) | ((data[i4 + 1]! & 0xff) << 8) | ((data[i4 + 2]! & 0xff) << 16) | ((data[i4 + 3]! & 0xff) << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }
  const tail = length & ~3;
  const left = length % 4;
  // the C switch falls through: 3 → 2 → 1
  if (left >= 3) h ^= (data[tail + 2]! & 0xff) << 16;
  if (left >= 2) h ^= (data[tail + 1]! & 0xff) << 8;
  if (left >= 1) {
    h ^= data[tail]! & 0xff;
    h = Math.imul(h, M);
  }
  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/** Utils.toPositive: a mask, not Math.abs (Integer.MIN_VALUE maps to 0). */
export function toPositive(n: number): number {
  return n & 0x7fffffff;
}

const encoder = new TextEncoder();

/** UTF-8 bytes of a string, as StringSerializer writes them by default. */
export function utf8(s: string): Uint8Array {
  return encoder.encode(s);
}

/** Kafka's partition for a serialized key: toPositive(murmur2(key)) % numPartitions. */
export function partitionForKey(keyBytes: Uint8Array, numPartitions: number): number {
  return toPositive(murmur2(keyBytes)) % numPartitions;
}
