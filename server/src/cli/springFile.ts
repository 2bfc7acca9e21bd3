// Spring Boot files in kpc: which files are read as Spring Boot configuration (by name, or forced with
// --dialect), how their bytes are text (Boot reads .properties as ISO-8859-1 and YAML as UTF-8), and the
// analysis of a file in its dialect through the same service the editor uses.
import { hostMessage, type Locale } from '#core';
import { analyze, type Analysis, type AnalysisOptions } from '../service/analyze';
import { dialectOf } from '../service/dialect';
import { analyzeSpring } from '../service/spring/analysis';

export interface DialectArgs {
  /** forced by --dialect: `spring` or `kafka` (a producer config, `--dialect properties`) */
  dialect?: 'spring' | 'kafka';
  /** --spring-boot V */
  springBootVersion?: string;
}

/** `--dialect spring|properties`; throws a usage message. */
export function dialectOption(v: string, locale: Locale = 'en'): 'spring' | 'kafka' {
  if (v === 'spring') return 'spring';
  if (v === 'properties' || v === 'kafka') return 'kafka';
  throw hostMessage(locale, 'cli.err.dialect', { value: v });
}

export function isSpringFile(file: string, args: DialectArgs): boolean {
  return (args.dialect ?? dialectOf({ uri: file })) === 'spring';
}

const isYaml = (file: string): boolean => /\.ya?ml$/i.test(file);

/** The text of a file read as Latin-1 (readConfigFile), as its dialect reads it: YAML is UTF-8. */
export function dialectText(file: string, latin1: string, args: DialectArgs): string {
  return isSpringFile(file, args) && isYaml(file) ? Buffer.from(latin1, 'latin1').toString('utf8') : latin1;
}

/** Back to the Latin-1 string whose bytes are the file (the inverse of dialectText). */
export function dialectBytes(file: string, text: string, args: DialectArgs): string {
  return isSpringFile(file, args) && isYaml(file) ? Buffer.from(text, 'utf8').toString('latin1') : text;
}

/** The analysis of a file's text (from dialectText) in its dialect. */
export function analyzeFile(file: string, text: string, options: AnalysisOptions, args: DialectArgs): Analysis {
  if (!isSpringFile(file, args)) return analyze(text, { ...options, decoded: 'latin1' });
  return analyzeSpring(text, { ...options, decoded: isYaml(file) ? 'unicode' : 'latin1', path: file, ...(args.springBootVersion ? { springBootVersion: args.springBootVersion } : {}) });
}
