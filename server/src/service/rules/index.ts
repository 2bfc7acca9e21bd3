// Every rule, in the order their findings are produced (findings are sorted by position afterwards).
import type { Rule } from './context';
import { batchingWithoutCompression } from './batchingWithoutCompression';
import { bootstrapServers } from './bootstrapServers';
import { bufferSmallerThanBatch } from './bufferSmallerThanBatch';
import { bufferSmallerThanRequest } from './bufferSmallerThanRequest';
import { clusterCheckIgnored } from './clusterCheckIgnored';
import { compressionLevelUnused } from './compressionLevelUnused';
import { consoleProducerIgnored } from './consoleProducerIgnored';
import { consumerKey } from './consumerKey';
import { deliveryTimeout } from './deliveryTimeout';
import { deprecatedKey } from './deprecatedKey';
import { duplicateKey } from './duplicateKey';
import { idempotenceAcks } from './idempotenceAcks';
import { idempotenceDefaultIgnored } from './idempotenceDefaultIgnored';
import { idempotenceMaxInFlight } from './idempotenceMaxInFlight';
import { idempotenceRetries } from './idempotenceRetries';
import { incrementalAllocationCompression } from './incrementalAllocationCompression';
import { incrementalAllocationSmallBatch } from './incrementalAllocationSmallBatch';
import { invalidValue } from './invalidValue';
import { lingerZeroLargeBatch } from './lingerZeroLargeBatch';
import { listEntry } from './listEntry';
import { malformedEscape } from './malformedEscape';
import { missingRequired } from './missingRequired';
import { nonAscii } from './nonAscii';
import { outOfRange } from './outOfRange';
import { partitionerIgnored } from './partitionerIgnored';
import { plaintextSecret } from './plaintextSecret';
import { pluginKey } from './pluginKey';
import { pluginStartupError } from './pluginStartupError';
import { quotedValue_ } from './quotedValue';
import { policy } from './policy';
import { rackAwareWithoutClientRack } from './rackAwareWithoutClientRack';
import { removedKey } from './removedKey';
import { saslMechanismEmpty } from './saslMechanismEmpty';
import { serializerClass } from './serializerClass';
import { transactionalRequiresIdempotence } from './transactionalRequiresIdempotence';
import { unknownClass } from './unknownClass';
import { unknownConfigProvider } from './unknownConfigProvider';
import { unknownKey } from './unknownKey';
import { unresolvedPlaceholder } from './unresolvedPlaceholder';
import { SPRING_CODES } from '../spring/rules/index';

export const RULES: readonly Rule[] = [
  malformedEscape,
  unknownKey,
  pluginKey,
  removedKey,
  consumerKey,
  deprecatedKey,
  duplicateKey,
  nonAscii,
  invalidValue,
  outOfRange,
  quotedValue_,
  unresolvedPlaceholder,
  unknownConfigProvider,
  bootstrapServers,
  serializerClass,
  unknownClass,
  listEntry,
  idempotenceAcks,
  idempotenceDefaultIgnored,
  idempotenceRetries,
  idempotenceMaxInFlight,
  transactionalRequiresIdempotence,
  deliveryTimeout,
  saslMechanismEmpty,
  consoleProducerIgnored,
  bufferSmallerThanBatch,
  bufferSmallerThanRequest,
  lingerZeroLargeBatch,
  batchingWithoutCompression,
  compressionLevelUnused,
  partitionerIgnored,
  rackAwareWithoutClientRack,
  incrementalAllocationCompression,
  incrementalAllocationSmallBatch,
  clusterCheckIgnored,
  plaintextSecret,
  missingRequired,
  pluginStartupError,
  policy,
];

/** Codes analyze() itself emits (directives and settings). */
export const DIRECTIVE_CODES = ['unknown-kafka-version', 'unknown-directive'] as const;

export const ALL_CODES: readonly string[] = [...RULES.flatMap((r) => r.codes), ...DIRECTIVE_CODES, ...SPRING_CODES];
