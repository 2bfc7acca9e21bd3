// The Spring-specific `# kpc:` directives of a .properties or YAML file: `# kpc: spring-boot=3.3` (which
// Boot release's rules apply; also `spring-boot-version=`) and `# kpc: spring-profiles=prod,eu` (which
// documents and profile files are active). Read by core's one directive grammar (readDirectives); this
// only hands the two Spring ones to the Spring analysis.
import { readDirectives, type PropertyComment } from '#core';

export interface SpringDirectives {
  bootVersion?: { value: string; comment: PropertyComment };
  profiles?: { value: string[]; comment: PropertyComment };
}

export function readSpringDirectives(comments: readonly PropertyComment[]): SpringDirectives {
  const d = readDirectives({ comments: [...comments] });
  return {
    ...(d.springBoot ? { bootVersion: { value: d.springBoot.value, comment: d.springBoot.comment } } : {}),
    ...(d.springProfiles ? { profiles: { value: d.springProfiles.profiles, comment: d.springProfiles.comment } } : {}),
  };
}
