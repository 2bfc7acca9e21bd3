// The rule registry: every rule, in the order their findings are produced (findings are sorted by position
// afterwards). Everything that lists rules reads it: the runner (analyze.ts), the severity setting in
// package.json, SARIF, `kpc rules`, docs/rules/ and the README's list (scripts/rules-docs.ts).
import type { RuleDefinition } from './definition';
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
import { fileTooLarge } from './fileTooLarge';
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
import { tooManyFindings } from './tooManyFindings';
import { transactionalRequiresIdempotence } from './transactionalRequiresIdempotence';
import { unknownClass } from './unknownClass';
import { unknownConfigProvider } from './unknownConfigProvider';
import { unknownDirective } from './unknownDirective';
import { unknownKafkaVersion } from './unknownKafkaVersion';
import { unknownKey } from './unknownKey';
import { unresolvedPlaceholder } from './unresolvedPlaceholder';
import { workspaceLimit } from './workspaceLimit';
import { SPRING_DEFINITIONS } from '../spring/rules/index';

export const REGISTRY: readonly RuleDefinition[] = [
  unknownKafkaVersion,
  unknownDirective,
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
  fileTooLarge,
  workspaceLimit,
  tooManyFindings,
  // Spring Boot files: checked by the Spring analysis (spring/rules/), documented and configured here
  ...SPRING_DEFINITIONS,
];

/** The rules the analysis of a producer config runs (all but those the editor's diagnostics make and the Spring rules). */
export const RULES: readonly (RuleDefinition & Required<Pick<RuleDefinition, 'check'>>)[] = REGISTRY.filter((r): r is RuleDefinition & Required<Pick<RuleDefinition, 'check'>> => r.check !== undefined && r.dialect === undefined);

/** The codes the severity setting and `kpc-disable` comments take. */
export const ALL_CODES: readonly string[] = REGISTRY.filter((r) => r.configurable).map((r) => r.code);

const BY_CODE = new Map(REGISTRY.map((r) => [r.code, r]));

/** The rule with this code. */
export function ruleByCode(code: string): RuleDefinition | undefined {
  return BY_CODE.get(code);
}
