// The upstream files the Spring facts were read from, named once and cited by every fact
// (schemas/spring/properties.ts, merge.ts, behaviours.ts). Tags and commits are those of
// spring-projects/spring-boot, spring-projects/spring-kafka, spring-projects/spring-framework and
// snakeyaml/snakeyaml as mirrored 2026-08 (spring-boot main = c329ffa, its newest GA tag v4.1.1).
import type { SourceRef } from './model';

const BOOT = 'spring-projects/spring-boot' as const;
const KAFKA = 'spring-projects/spring-kafka' as const;
const FRAMEWORK = 'spring-projects/spring-framework' as const;

const AUTOCONF_3 = 'spring-boot-project/spring-boot-autoconfigure/src/main/java/org/springframework/boot/autoconfigure/kafka/';
const AUTOCONF_4 = 'module/spring-boot-kafka/src/main/java/org/springframework/boot/kafka/autoconfigure/';
const CORE_3 = 'spring-boot-project/spring-boot/src/main/java/org/springframework/boot/';
const CORE_4 = 'core/spring-boot/src/main/java/org/springframework/boot/';

/** Tag → commit of the spring-boot releases cited below. */
export const BOOT_TAGS = {
  'v2.7.0': '1168d664487a3776b45f94a125dfd98cc841626b',
  'v2.7.5': 'a0e0cd7ffb28ab16acb27b65db605a7a99ebd554',
  'v2.7.18': '0c8b382d42db22b92efcf47000d0ff9ef4971629',
  'v3.0.0': 'c9c359fd271d1b51bf16f50d685c49fa40ca1b8a',
  'v3.1.0': '0fc23d24912c698608a5ca02fdadbae60cee9a74',
  'v3.2.0': 'f08a69e610faa92de2300853db71b428accd4dfa',
  'v3.3.0': 'a25e1ebe41bc02c5e7341ed1464d61c496cffe7c',
  'v3.3.7': '7657d61cf3769e077ca58f2094d30383bb2e2721',
  'v3.3.10': '79291bcaad098de931cc3a902c473df1c32d93d6',
  'v3.4.0': '8964203688c111e11604bc4454743998bc387993',
  'v3.4.4': 'd4eb5561217be6bd490634fe5254fc4824d8dd87',
  'v3.5.0': '8c2d6453243f319accaef7a190ff8ddf89f482a2',
  'v3.5.16': '0566f6933049aca6bc5ffc6d559fffade9cd2e0c',
  'v4.0.0': '1c0e08b4c434b0e77a83098267b2a0f5a3fc56d7',
  'v4.1.0': 'ac2cfe03538b87a0dc9d2619ed52a4c901eaea54',
  'v4.1.1': '6fdf67ea1552691e932604d4bf67a5e08ff0b0ea',
} as const;
type BootTag = keyof typeof BOOT_TAGS;

const boot = (tag: BootTag, path: string): SourceRef => ({ repo: BOOT, path, ref: tag, commit: BOOT_TAGS[tag] });
const autoconf = (tag: BootTag, file: string): SourceRef => boot(tag, (tag.startsWith('v4') ? AUTOCONF_4 : AUTOCONF_3) + file);
const core = (tag: BootTag, file: string): SourceRef => boot(tag, (tag.startsWith('v4') ? CORE_4 : CORE_3) + file);

/** KafkaProperties.java: field lists and build*Properties compared at every GA tag 2.7.0 → 4.1.1 and 4.2.0-M1. */
export const KAFKA_PROPERTIES: readonly SourceRef[] = [autoconf('v2.7.0', 'KafkaProperties.java'), autoconf('v3.5.16', 'KafkaProperties.java'), autoconf('v4.1.1', 'KafkaProperties.java')];
export const KAFKA_PROPERTIES_AT = (tag: BootTag): SourceRef => autoconf(tag, 'KafkaProperties.java');
/** KafkaAutoConfiguration.kafkaProducerFactory and its helpers, compared at every GA tag. */
export const KAFKA_AUTOCONF_AT = (tag: BootTag): SourceRef => autoconf(tag, 'KafkaAutoConfiguration.java');
export const CONNECTION_DETAILS_AT = (tag: BootTag): SourceRef => autoconf(tag, 'PropertiesKafkaConnectionDetails.java');
export const METADATA_AT = (tag: BootTag): SourceRef =>
  boot(tag, tag.startsWith('v4') ? 'module/spring-boot-kafka/src/main/resources/META-INF/additional-spring-configuration-metadata.json' : 'spring-boot-project/spring-boot-autoconfigure/src/main/resources/META-INF/additional-spring-configuration-metadata.json');

export const MAP_BINDER: readonly SourceRef[] = [core('v2.7.0', 'context/properties/bind/MapBinder.java'), core('v3.5.16', 'context/properties/bind/MapBinder.java'), core('v4.1.1', 'context/properties/bind/MapBinder.java')];
export const PROPERTY_NAME: readonly SourceRef[] = [core('v2.7.0', 'context/properties/source/ConfigurationPropertyName.java'), core('v3.5.16', 'context/properties/source/ConfigurationPropertyName.java'), core('v4.1.1', 'context/properties/source/ConfigurationPropertyName.java')];
export const DEFAULT_PROPERTY_MAPPER = core('v3.5.16', 'context/properties/source/DefaultPropertyMapper.java');
export const ITERABLE_SOURCE = core('v3.5.16', 'context/properties/source/SpringIterableConfigurationPropertySource.java');
export const JAVA_BEAN_BINDER = core('v3.5.16', 'context/properties/bind/JavaBeanBinder.java');
export const INDEXED_BINDER = core('v3.5.16', 'context/properties/bind/IndexedElementsBinder.java');
export const YAML_LOADER: readonly SourceRef[] = [core('v2.7.0', 'env/OriginTrackedYamlLoader.java'), core('v3.5.16', 'env/OriginTrackedYamlLoader.java'), core('v4.1.1', 'env/OriginTrackedYamlLoader.java')];
export const PROPERTIES_LOADER: readonly SourceRef[] = [core('v2.7.5', 'env/OriginTrackedPropertiesLoader.java'), core('v3.5.16', 'env/OriginTrackedPropertiesLoader.java'), core('v4.1.1', 'env/OriginTrackedPropertiesLoader.java')];
export const PROPERTIES_LOADER_270 = core('v2.7.0', 'env/OriginTrackedPropertiesLoader.java');
export const CONFIG_DATA_PROPERTIES: readonly SourceRef[] = [core('v2.7.18', 'context/config/ConfigDataProperties.java'), core('v3.5.16', 'context/config/ConfigDataProperties.java')];
export const INVALID_CONFIG_DATA_PROPERTY: readonly SourceRef[] = [core('v2.7.18', 'context/config/InvalidConfigDataPropertyException.java'), core('v3.0.0', 'context/config/InvalidConfigDataPropertyException.java'), core('v4.1.1', 'context/config/InvalidConfigDataPropertyException.java')];
export const DATA_SIZE_CONVERTERS: readonly SourceRef[] = [core('v3.5.16', 'convert/StringToDataSizeConverter.java'), core('v3.5.16', 'convert/NumberToDataSizeConverter.java')];
export const DURATION_STYLE: readonly SourceRef[] = [core('v2.7.18', 'convert/DurationStyle.java'), core('v3.5.16', 'convert/DurationStyle.java'), core('v3.5.16', 'convert/StringToDurationConverter.java')];
export const EXTERNAL_CONFIG_DOCS = boot('v3.3.0', 'spring-boot-project/spring-boot-docs/src/docs/antora/modules/reference/pages/features/external-config.adoc');
export const ISSUE_35694: SourceRef = { repo: BOOT, path: 'issues/35694', ref: '#35694' };
export const BOM: readonly SourceRef[] = [boot('v2.7.0', 'spring-boot-project/spring-boot-dependencies/build.gradle'), boot('v3.5.16', 'spring-boot-project/spring-boot-dependencies/build.gradle'), boot('v4.1.1', 'platform/spring-boot-dependencies/build.gradle')];

const PF = 'spring-kafka/src/main/java/org/springframework/kafka/core/DefaultKafkaProducerFactory.java';
/** DefaultKafkaProducerFactory: constructor, setTransactionIdPrefix, getProducerConfigs compared at every spring-kafka version Boot 2.7 → 4.1 manages. */
export const PRODUCER_FACTORY: readonly SourceRef[] = [
  { repo: KAFKA, path: PF, ref: 'v2.8.6' },
  { repo: KAFKA, path: PF, ref: 'v3.2.0' },
  { repo: KAFKA, path: PF, ref: 'v4.1.1' },
];
export const PRODUCER_FACTORY_320: SourceRef = { repo: KAFKA, path: PF, ref: 'v3.2.0' };

export const DATA_SIZE: readonly SourceRef[] = [
  { repo: FRAMEWORK, path: 'spring-core/src/main/java/org/springframework/util/unit/DataSize.java', ref: 'v5.3.20' },
  { repo: FRAMEWORK, path: 'spring-core/src/main/java/org/springframework/util/unit/DataSize.java', ref: 'v5.3.22', commit: '2bf5f7a6b32' },
  { repo: FRAMEWORK, path: 'spring-core/src/main/java/org/springframework/util/unit/DataUnit.java', ref: 'v6.2.19' },
];
export const YAML_PROCESSOR: readonly SourceRef[] = [
  { repo: FRAMEWORK, path: 'spring-beans/src/main/java/org/springframework/beans/factory/config/YamlProcessor.java', ref: 'v5.3.20' },
  { repo: FRAMEWORK, path: 'spring-beans/src/main/java/org/springframework/beans/factory/config/YamlProcessor.java', ref: 'v7.0.9' },
];
export const STRING_TO_COLLECTION: SourceRef = { repo: FRAMEWORK, path: 'spring-core/src/main/java/org/springframework/core/convert/support/StringToCollectionConverter.java', ref: 'v6.2.19' };
export const CLASS_EDITOR: SourceRef = { repo: FRAMEWORK, path: 'spring-beans/src/main/java/org/springframework/beans/propertyeditors/ClassEditor.java', ref: 'v6.2.19' };
export const PROFILES_PARSER: SourceRef = { repo: FRAMEWORK, path: 'spring-core/src/main/java/org/springframework/core/env/ProfilesParser.java', ref: 'v6.2.19' };
export const SNAKEYAML_RESOLVER: readonly SourceRef[] = [
  { repo: 'snakeyaml/snakeyaml', path: 'src/main/java/org/yaml/snakeyaml/resolver/Resolver.java', ref: 'snakeyaml-1.30', commit: '49227c24' },
  { repo: 'snakeyaml/snakeyaml', path: 'src/main/java/org/yaml/snakeyaml/resolver/Resolver.java', ref: 'snakeyaml-2.6', commit: '9f02cc56' },
];
export const SNAKEYAML_CONSTRUCTOR: SourceRef = { repo: 'snakeyaml/snakeyaml', path: 'src/main/java/org/yaml/snakeyaml/constructor/SafeConstructor.java', ref: 'snakeyaml-2.6', commit: '9f02cc56' };
