// The discrete-event engine (see engine.ts).
export { simulateEngine } from './engine';
export { BATCH_HEADER_BYTES, COMPRESSION_PRESETS, RECORD_OVERHEAD_BYTES } from './shared';
export { describePartitioner } from './report';
