// A bounded memo for pure functions of strings (did-you-mean candidates, catalog lookups): two
// generations of at most `size` entries each. A hit in the old generation moves to the new one; when the
// new one is full it becomes the old one and the oldest is dropped. So what a document uses on every
// edit stays (a file with 6,000 custom keys asks for the same 6,000 keys each time), memory stays bounded
// by 2 × size entries, and no edit pays for clearing a full cache and computing everything again.
export class BoundedMemo<V> {
  private young = new Map<string, V>();
  private old = new Map<string, V>();

  constructor(private readonly size: number) {}

  get(key: string, compute: () => V): V {
    let v = this.young.get(key);
    if (v !== undefined) return v;
    v = this.old.get(key);
    if (v === undefined) v = compute();
    if (this.young.size >= this.size) {
      this.old = this.young;
      this.young = new Map();
    }
    this.young.set(key, v);
    return v;
  }
}
