// The Kafka minor versions the catalog covers, oldest → newest, and the one way versions are compared.
// Kept apart from model.ts so that importing the catalog does not load zod. A new release: docs/kafka-versions.md.
export const KAFKA_VERSION_LIST = ['2.8', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2', '4.3', '4.4'] as const;

const orders = new Map<string, number>();

/** A number that orders 'major.minor' versions (3.10 after 3.9), covered by the catalog or not; a patch is ignored. */
export function versionOrder(v: string): number {
  let n = orders.get(v);
  if (n === undefined) {
    const [a = 0, b = 0] = v.split('.').map(Number);
    n = a * 1000 + b;
    if (orders.size < 1000) orders.set(v, n);
  }
  return n;
}

/** `v` is `min` or newer ('major.minor'). */
export function versionAtLeast(v: string, min: string): boolean {
  return versionOrder(v) >= versionOrder(min);
}
