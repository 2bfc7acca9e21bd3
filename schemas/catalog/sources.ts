// Where the catalog's Kafka facts were read, and how sure they are. Plain data: every version has a
// default source (VERSION_SOURCES); a key overrides it from a version on (KeyFacts.sources) and each
// start-up check names its own (checks.ts). `kpc describe` shows them; docs/kafka-versions.md explains
// how to add a release.
//
// Confidence, strongest first:
//   source       read in Kafka's Java source (a release tag, a trunk commit, or a copy of it: the title says which)
//   docs         read in Apache's published docs: the versioned configuration reference, javadoc, upgrade notes
//   third-party  read in someone else's document that quotes or diffs Kafka's code (commit lists, port notes)
//   inferred     our conclusion from the above; no direct statement found

import type { KAFKA_VERSION_LIST } from './versions';

export type Confidence = 'source' | 'docs' | 'third-party' | 'inferred';

export interface SourceRef {
  title: string;
  url: string;
  confidence: Confidence;
}

const tag = (v: string, tagName: string): SourceRef => ({
  title: `apache/kafka at tag ${tagName}: ProducerConfig, CommonClientConfigs, SaslConfigs, SslConfigs, ConfigDef, KafkaProducer`,
  url: `https://github.com/apache/kafka/tree/${tagName}/clients/src/main/java/org/apache/kafka`,
  confidence: 'source',
});

export const SOURCES = {
  'tag-2.8': tag('2.8', '2.8.0'),
  'tag-3.0': tag('3.0', '3.0.0'),
  'tag-3.1': tag('3.1', '3.1.0'),
  'tag-3.2': tag('3.2', '3.2.0'),
  'tag-3.3': tag('3.3', '3.3.0'),
  'tag-3.4': tag('3.4', '3.4.0'),
  'tag-3.5': tag('3.5', '3.5.0'),
  'tag-3.6': tag('3.6', '3.6.0'),
  'tag-3.7': tag('3.7', '3.7.0'),
  'tag-3.8': tag('3.8', '3.8.0'),
  'tag-3.9': tag('3.9', '3.9.0-rc3'),
  'trunk-2024-10': {
    title: 'apache/kafka trunk at 1eb7644349cb (2024-10-25), the 4.0 development line',
    url: 'https://github.com/apache/kafka/tree/1eb7644349cb07139d6a3c1ad1986979647cac99',
    confidence: 'source',
  },
  'trunk-4.3': {
    title: 'apache/kafka ProducerConfig.java at trunk commit 0106e705 (the 4.3 line: has KAFKA-20128, no 4.4 keys)',
    url: 'https://github.com/apache/kafka/blob/0106e705f28aab6395fb471b24782c0bd3880847/clients/src/main/java/org/apache/kafka/clients/producer/ProducerConfig.java',
    confidence: 'source',
  },
  'configdef-kip1161': {
    title: 'ConfigDef after KIP-1161 (ValidList; parseValue removes duplicate list items with a WARN), read in a copy outside apache/kafka',
    url: 'https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/common/config/ConfigDef.java',
    confidence: 'source',
  },
  'trunk-4.4-accumulator': {
    title: 'RecordAccumulator.PartitionerConfig and KafkaProducer of the 4.4 line (the client.rack check), read in copies outside apache/kafka',
    url: 'https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/clients/producer/internals/RecordAccumulator.java',
    confidence: 'source',
  },
  'trunk-4.4-partitioner': {
    title: 'BuiltInPartitioner of the 4.4 line (rack-aware nextPartition, KAFKA-19193), read in a line-by-line port with the Java names, and BuiltInPartitionerTest',
    url: 'https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/clients/producer/internals/BuiltInPartitioner.java',
    confidence: 'third-party',
  },
  'incremental-allocation-tests': {
    title: 'Kafka tests of the incremental allocation strategy (IncrementalAllocationProducerSendTest: compression fails at construction, batch.size below one chunk falls back)',
    url: 'https://github.com/apache/kafka/tree/trunk/core/src/test/scala/integration/kafka/api',
    confidence: 'source',
  },
  'ref-4.0': { title: 'Kafka 4.0 producer configuration reference (kafka-site 8c3874a8)', url: 'https://kafka.apache.org/40/generated/producer_config.html', confidence: 'docs' },
  'ref-4.1': { title: 'Kafka 4.1 producer configuration reference (kafka-site 6f8625d9)', url: 'https://kafka.apache.org/41/generated/producer_config.html', confidence: 'docs' },
  'ref-4.2': { title: 'Kafka 4.2 producer configuration reference (kafka-site 00d667e0)', url: 'https://kafka.apache.org/42/configuration/producer-configs/', confidence: 'docs' },
  'ref-4.2-later': {
    title: 'A later generation of the 4.2 producer reference (kafka-site 42/generated/producer_config.html @b4e4927c: a 4.2.x patch, no 4.4 keys)',
    url: 'https://kafka.apache.org/42/generated/producer_config.html',
    confidence: 'docs',
  },
  'ref-4.3': { title: 'Kafka 4.3 producer configuration reference (kafka-site 0dd41c5e, published 2026-05-22)', url: 'https://kafka.apache.org/43/configuration/producer-configs/', confidence: 'docs' },
  'ref-4.4': { title: 'Kafka 4.4 producer configuration reference (kafka-site 70950cc6)', url: 'https://kafka.apache.org/44/generated/producer_config.html', confidence: 'docs' },
  'javadoc-4.4': {
    title: 'Kafka 4.4.0 javadoc: ProducerConfig fields, constant values and the deprecated list',
    url: 'https://kafka.apache.org/44/javadoc/org/apache/kafka/clients/producer/ProducerConfig.html',
    confidence: 'docs',
  },
  'upgrade-4.x': {
    title: 'Kafka upgrade notes 4.0.0 … 4.3.1 (kafka-site 0dd41c5e)',
    url: 'https://kafka.apache.org/43/getting-started/upgrade/',
    confidence: 'docs',
  },
  'kip-1123': {
    title: 'KIP-1123: rack-aware partitioning for the Kafka producer (implemented as KAFKA-19193)',
    url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-1123%3A+Rack-aware+partitioning+for+Kafka+Producer',
    confidence: 'docs',
  },
  'kip-1242': {
    title: 'KIP-1242: detection and handling of misrouted connections',
    url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-1242:+Detection+and+handling+of+misrouted+connections',
    confidence: 'docs',
  },
  'kip-909': {
    title: 'KIP-909: DNS resolution failure should not fail the clients',
    url: 'https://cwiki.apache.org/confluence/display/KAFKA/KIP-909%3A+DNS+Resolution+Failure+Should+Not+Fail+the+Clients',
    confidence: 'docs',
  },
  'port-notes-4.4': {
    title: 'confluentinc/kafka-clients port notes for Apache Kafka 4.3.1 → 4.4.0-rc4 (commit list and plan, design/current/Milestone-16)',
    url: 'https://github.com/confluentinc/kafka-clients/tree/main/design/current/Milestone-16',
    confidence: 'third-party',
  },
  'port-notes-4.3': {
    title: 'confluentinc/kafka-clients file sweep for Apache Kafka 4.2.0 → 4.3.1 (design/history/Milestone-13)',
    url: 'https://github.com/confluentinc/kafka-clients/tree/main/design/history/Milestone-13',
    confidence: 'third-party',
  },
  'producer-walkthrough-4.5': {
    title: 'A source walkthrough of KafkaProducer at a 4.5 snapshot (incremental allocation: chunked accumulator only when batch.size ≥ 16 KiB, no compression yet, KAFKA-20579)',
    url: 'https://github.com/apache/kafka/blob/trunk/clients/src/main/java/org/apache/kafka/clients/producer/KafkaProducer.java',
    confidence: 'third-party',
  },
} as const satisfies Record<string, SourceRef>;

export type SourceId = keyof typeof SOURCES;

/** Where a fact (or a version's facts) was read: the references, the confidence of the whole, and what is weaker. */
export interface FactSource {
  refs: SourceId[];
  confidence: Confidence;
  note?: string;
}

/** The default source of each covered version's facts (a key or check may name its own). */
export const VERSION_SOURCES: Readonly<Record<(typeof KAFKA_VERSION_LIST)[number], FactSource & { summary: string }>> = {
  '2.8': { summary: 'Kafka 2.8.0 source (release tag)', refs: ['tag-2.8'], confidence: 'source' },
  '3.0': { summary: 'Kafka 3.0.0 source (release tag)', refs: ['tag-3.0'], confidence: 'source' },
  '3.1': { summary: 'Kafka 3.1.0 source (release tag)', refs: ['tag-3.1'], confidence: 'source' },
  '3.2': { summary: 'Kafka 3.2.0 source (release tag)', refs: ['tag-3.2'], confidence: 'source' },
  '3.3': { summary: 'Kafka 3.3.0 source (release tag)', refs: ['tag-3.3'], confidence: 'source' },
  '3.4': { summary: 'Kafka 3.4.0 source (release tag)', refs: ['tag-3.4'], confidence: 'source' },
  '3.5': { summary: 'Kafka 3.5.0 source (release tag)', refs: ['tag-3.5'], confidence: 'source' },
  '3.6': { summary: 'Kafka 3.6.0 source (release tag)', refs: ['tag-3.6'], confidence: 'source' },
  '3.7': { summary: 'Kafka 3.7.0 source (release tag)', refs: ['tag-3.7'], confidence: 'source' },
  '3.8': { summary: 'Kafka 3.8.0 source (release tag)', refs: ['tag-3.8'], confidence: 'source' },
  '3.9': { summary: 'Kafka 3.9 source (tag 3.9.0-rc3; the final tag was not read)', refs: ['tag-3.9'], confidence: 'source' },
  '4.0': { summary: 'Kafka 4.0 reference docs and upgrade notes, with the 4.0 development trunk', refs: ['ref-4.0', 'upgrade-4.x', 'trunk-2024-10'], confidence: 'docs' },
  '4.1': { summary: 'Kafka 4.1 reference docs and upgrade notes', refs: ['ref-4.1', 'upgrade-4.x'], confidence: 'docs' },
  '4.2': { summary: 'Kafka 4.2 reference docs and upgrade notes (no 4.2 source tag read)', refs: ['ref-4.2', 'upgrade-4.x'], confidence: 'docs' },
  '4.3': { summary: 'Kafka 4.3 reference docs and upgrade notes, with a 4.3-line ProducerConfig.java', refs: ['ref-4.3', 'upgrade-4.x', 'trunk-4.3'], confidence: 'docs' },
  '4.4': { summary: 'Kafka 4.4 reference docs and 4.4.0 javadoc, with third-party commit notes (no 4.4 source tag read)', refs: ['ref-4.4', 'javadoc-4.4', 'port-notes-4.4'], confidence: 'docs' },
};
