// What reading one build (Maven or Gradle) tells about its kafka-clients version.
import type { Localized } from './fs';

export interface BuildReading {
  /** The build file read (the one that decided the version, when another was read too). */
  file: string;
  /** The kafka-clients version the build declares or its dependency management pins, references resolved. */
  declared?: string;
  /** 1-based line in `file` of what decided it. */
  line?: number;
  /** How the version was found: "kafka-clients 3.6.1 in pom.xml". */
  how?: Localized;
  /** The Spring Boot version whose dependency management applies, when one does. */
  springBoot?: string;
  /** Why the version could not be read, or what was assumed. */
  notes: Localized[];
  /** The build mentions nothing that decides a Kafka client version. */
  none?: boolean;
}
