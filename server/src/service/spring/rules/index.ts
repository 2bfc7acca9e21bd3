// The Spring-specific rules, run after the Kafka rules on the producer config Boot builds.
import { conversion, springConversionRule } from './conversion';
import type { SpringRule } from './context';
import { mapKeyStripped, springMapKeyStrippedRule } from './mapKeyStripped';
import { overridden, springBootstrapIgnoredRule, springOverriddenRule } from './overridden';
import { startupFailure, springStartupFailureRule } from './startupFailure';
import { unknownProperty, springUnknownPropertyRule } from './unknownProperty';
import { unknownSpringBootVersionRule } from './unknownSpringBootVersion';
import { springYamlErrorRule, yamlError } from './yamlError';
import type { RuleDefinition } from '../../rules/definition';

export const SPRING_RULES: readonly SpringRule[] = [yamlError, unknownProperty, conversion, startupFailure, overridden, mapKeyStripped];
/** Their registry entries (documentation, severities, scope), and `unknown-spring-boot-version`, which the Spring analysis makes itself. */
export const SPRING_DEFINITIONS: readonly RuleDefinition[] = [
  springYamlErrorRule,
  springUnknownPropertyRule,
  springConversionRule,
  springStartupFailureRule,
  springOverriddenRule,
  springBootstrapIgnoredRule,
  springMapKeyStrippedRule,
  unknownSpringBootVersionRule,
];
