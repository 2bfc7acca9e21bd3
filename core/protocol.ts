// What the extension client and the language server agree on besides LSP itself: the language, the
// settings section, and the one custom request (kafkaProducerConfig/effectiveConfig).
import type { SimulatorInput } from './simulatorInput';
import type { TargetSource } from './target';

export const LANGUAGE_ID = 'kafka-producer-config';
/** The settings section (`kafkaProducerConfig.kafkaVersion`, …). */
export const CONFIG_SECTION = 'kafkaProducerConfig';

/**
 * The target a document is checked for and, unless `values: false` (the status item asks after every pause
 * in typing), the simulator input of the preview: the same SimulatorInput `kpc simulate` builds. Null for a
 * document the server does not have.
 */
export const EFFECTIVE_CONFIG_REQUEST = 'kafkaProducerConfig/effectiveConfig';

export interface EffectiveConfigParams {
  uri: string;
  values?: boolean;
}

export type EffectiveConfigResponse = Omit<SimulatorInput, 'values'> & {
  versionSource: TargetSource;
  clientSource: TargetSource;
  /**
   * Where the Kafka version came from when the server knows the document's project (absent when a
   * `# kpc:` comment decided it): `label` is short ("from pom.xml"), `detail` says how, `notes` what the
   * build file could not tell. Texts are in the server's language.
   */
  versionOrigin?: { origin: 'setting' | 'config' | 'build' | 'default'; file?: string; label: string; detail: string; notes?: string[]; springBootVersion?: string };
  /** Left out when asked with `values: false`. */
  values?: SimulatorInput['values'];
  /** A Spring Boot file: the Boot release it is checked for (its Kafka version is the one that release manages unless set). */
  springBoot?: string;
};

/**
 * Spring Boot files: the server is attached to `application*.properties` / `application*.yml|yaml` in the
 * languages Spring Boot Tools, the YAML extension and VS Code give them (we never take the file's language
 * over) and reports only on their spring.kafka.* part. `kafkaProducerConfig.springBootFiles: false` turns it off.
 */
export const SPRING_LANGUAGE_IDS: readonly string[] = ['spring-boot-properties', 'spring-boot-properties-yaml', 'properties', 'yaml'];
export const SPRING_FILE_PATTERN = '**/application*.{properties,yml,yaml}';
export const SPRING_FILES_SETTING = 'springBootFiles';
