// The Spring Boot lines whose Kafka behaviour this project models, oldest → newest. Kept apart from
// model.ts so that importing the Spring data does not load zod.
//
// 4.2 exists only as 4.2.0-M1 and a snapshot `main` (read 2026-08): for producers it behaves like
// 4.1 (KafkaProperties differs by a LinkedHashMap and a streams-only field), so it is not a line of
// its own until a GA release exists; `resolveBootVersion('4.2')` says so.
export const BOOT_LINE_LIST = ['2.7', '3.0', '3.1', '3.2', '3.3', '3.4', '3.5', '4.0', '4.1'] as const;
