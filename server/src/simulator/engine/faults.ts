// Faults: a broker that goes down (truncating what it had not replicated) and the controller moving its
// partitions to other leaders.
import { EV_DOWN, EV_FAILOVER, EV_UP } from './shared';
import type { Engine } from './engine';

/**
 * A leader crash before failover: what the followers had not fetched yet (written in the last replicationMs)
 * is not on the new leader. Acknowledged records with acks=0/1 are gone; acks=all ones were never acknowledged.
 */
export function truncate(this: Engine, br: number, t: number): void {
  const from = t - this.scn.replicationMs;
  for (let b = 0; b < this.bN; b++) {
    if (this.bWritten[b]! === 0) continue;
    const p = this.bPart[b]!;
    if (this.leader[p] !== br || this.bWriteT[b]! <= from || this.bWriteT[b]! > t) continue;
    this.bWritten[b]!--;
    if (this.bWritten[b] === 0) this.truncatedRecords += this.bCount[b]!;
    if (this.st.idempotence && this.bSeq[b]! >= 0 && this.bSeq[b]! < this.brokerNextSeq[p]!) this.brokerNextSeq[p] = this.bSeq[b]!;
    const firstRec = this.bHead[b]!;
    if (firstRec >= 0 && this.maxWrittenRec[p]! >= firstRec) this.maxWrittenRec[p] = firstRec - 1;
  }
}

/** The controller elects new leaders for the crashed broker's partitions, spread over the other brokers. */
export function failover(this: Engine, br: number, t: number): void {
  if (this.B < 2) return; // nowhere to move: the partitions wait for the broker to come back
  let k = 0;
  for (let p = 0; p < this.P; p++) {
    if (this.leader[p] !== br) continue;
    let nb = (br + 1 + (k++ % (this.B - 1))) % this.B;
    if (nb === br) nb = (nb + 1) % this.B;
    this.leader[p] = nb;
  }
  const lists: number[][] = Array.from({ length: this.B }, () => []);
  for (let p = 0; p < this.P; p++) lists[this.leader[p]!]!.push(p);
  this.brokerParts = lists.map((l) => Int32Array.from(l));
  for (const l of lists) l.forEach((p, i) => { this.localIdx[p] = i; });
  this.activeParts = lists.map((l) => new Int32Array(l.length));
  this.activeN.fill(0);
  this.activePos.fill(-1);
  for (let p = 0; p < this.P; p++) if (this.qSize[p]! > 0) this.activate(p);
  this.drainIndex.fill(0);
  void t;
}

/** The scenario's broker outage as events: down, the failover (when the scenario has one), up. */
export function scheduleFaults(this: Engine): void {
  const bd = this.scn.faults.brokerDown;
  if (bd && bd.durationMs > 0) {
    this.downBroker = Math.min(this.B - 1, Math.max(0, Math.floor(bd.broker)));
    this.downAt = Math.max(0, bd.atMs);
    this.upAt = this.downAt + bd.durationMs;
    this.heap.push(this.downAt, EV_DOWN, this.downBroker);
    if (bd.failoverMs !== undefined && bd.failoverMs >= 0) { this.failoverMs = bd.failoverMs; this.heap.push(this.downAt + bd.failoverMs, EV_FAILOVER, this.downBroker); }
    this.heap.push(this.upAt, EV_UP, this.downBroker);
  }
}
