// The Kafka minor versions the catalog covers, oldest → newest. Kept apart from model.ts so that
// importing the catalog does not load zod. A new release: docs/kafka-versions.md.
export const KAFKA_VERSION_LIST = ['2.8', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '3.6', '3.7', '3.8', '3.9', '4.0', '4.1', '4.2', '4.3', '4.4'] as const;
