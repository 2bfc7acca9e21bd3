// The Spring-specific `# kpc:` directives, read from the comments of a .properties or YAML file:
// `# kpc: spring-boot-version=3.3` (which Boot release's rules apply) and `# kpc: spring-profiles=prod,eu`
// (which documents and profile files are active). The general directives (kafka-version, client,
// allow, kpc-disable) keep their existing reader; both work on the same PropertyComment list.
import type { PropertyComment } from '#core';

export interface SpringDirectives {
  bootVersion?: { value: string; comment: PropertyComment };
  profiles?: { value: string[]; comment: PropertyComment };
}

export function readSpringDirectives(comments: readonly PropertyComment[]): SpringDirectives {
  const d: SpringDirectives = {};
  for (const c of comments) {
    if (!c.text.includes('kpc')) continue;
    const text = c.text.trim();
    let m: RegExpExecArray | null;
    if ((m = /^kpc:\s*spring[-_.]?boot[-_.]?version\s*[=:]\s*(\S*)\s*$/i.exec(text))) d.bootVersion = { value: m[1]!, comment: c };
    else if ((m = /^kpc:\s*spring[-_.]?profiles?\s*[=:]\s*(.*?)\s*$/i.exec(text))) d.profiles = { value: m[1]!.split(/[\s,]+/).filter(Boolean), comment: c };
  }
  return d;
}
