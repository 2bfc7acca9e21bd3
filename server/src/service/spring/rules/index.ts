// The Spring-specific rules, run after the Kafka rules on the producer config Boot builds.
import { conversion } from './conversion';
import type { SpringRule } from './context';
import { mapKeyStripped } from './mapKeyStripped';
import { overridden } from './overridden';
import { startupFailure } from './startupFailure';
import { unknownProperty } from './unknownProperty';
import { yamlError } from './yamlError';

export const SPRING_RULES: readonly SpringRule[] = [yamlError, unknownProperty, conversion, startupFailure, overridden, mapKeyStripped];
export const SPRING_CODES: readonly string[] = [...SPRING_RULES.flatMap((r) => r.codes), 'unknown-spring-boot-version'];
