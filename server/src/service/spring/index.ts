// Spring Boot support, pure: read an `application*.properties` / `application*.yml` file into Boot's
// property sources (with source spans), bind the Kafka part the way Boot does, and build the producer
// config Boot's auto-configured factory hands to Kafka for a Boot release. No LSP, no editor.
import { defaultBootTarget, resolveBootVersion, typedProperty, type BootTarget } from '../../../../schemas/spring/index';
import { bindKafka, type SpringKafkaBinding } from './bind';
import { readSpringDirectives, type SpringDirectives } from './directives';
import { orderPropertySources, readSpringFile, springFileInfo, type SourceOrderOptions, type SpringFile } from './files';
import { producerConfig, type SpringProducerConfig } from './effective';
import type { SpringFormat, SpringSource } from './source';

export type { SpringKafkaBinding, SpringProducerConfig, SpringDirectives, SpringFile, SpringSource, SpringFormat };
export { bindKafka, producerConfig, orderPropertySources, readSpringFile, springFileInfo, readSpringDirectives, typedProperty };

export interface SpringAnalysisOptions extends SourceOrderOptions {
  /** from settings; a `# kpc: spring-boot-version=` comment in the file wins */
  bootVersion?: string;
}

export interface SpringFileAnalysis {
  source: SpringSource;
  target: BootTarget;
  /** where the Boot release came from; `unresolved` when the asked version is not covered (the nearest covered line is used) */
  targetSource: 'comment' | 'setting' | 'default';
  unresolved?: { input: string; nearest?: string };
  directives: SpringDirectives;
  binding: SpringKafkaBinding;
  producer: SpringProducerConfig;
}

/**
 * One Spring file on its own: its directives pick the Boot release and the profiles (else `options`,
 * else the newest covered Boot line, and no profile - or the file's own for application-<profile>);
 * its active documents are bound and merged.
 */
export function analyzeSpringFile(path: string, text: string, options: SpringAnalysisOptions = {}): SpringFileAnalysis {
  const info = springFileInfo(path);
  const format: SpringFormat = info?.format ?? (/\.ya?ml$/i.test(path) ? 'yaml' : 'properties');
  // Directives are read from a first pass with the default reader (comments do not depend on the Boot release).
  const first = readSpringFile(format, text, defaultBootTarget());
  const directives = readSpringDirectives(first.comments);
  let target = defaultBootTarget();
  let targetSource: SpringFileAnalysis['targetSource'] = 'default';
  let unresolved: SpringFileAnalysis['unresolved'];
  for (const [input, from] of [[directives.bootVersion?.value, 'comment'], [options.bootVersion, 'setting']] as const) {
    if (input === undefined) continue;
    const r = resolveBootVersion(input);
    if (r.ok) target = r.target;
    else {
      unresolved = { input, ...(r.nearest ? { nearest: r.nearest } : {}) };
      // a line this project does not cover: the nearest covered line's rules
      const near = r.nearest ? resolveBootVersion(r.nearest) : undefined;
      if (!near?.ok) break;
      target = near.target;
    }
    targetSource = from;
    break;
  }
  const source = target.release === defaultBootTarget().release ? first : readSpringFile(format, text, target);
  // a profile file checked on its own is read with its profile active (else none of it would apply)
  const profiles = directives.profiles?.value ?? options.profiles ?? (info?.profile ? [info.profile] : []);
  const sources = orderPropertySources([{ path, source }], target, { ...options, profiles });
  const binding = bindKafka(sources, target);
  return { source, target, targetSource, ...(unresolved ? { unresolved } : {}), directives, binding, producer: producerConfig(binding) };
}
