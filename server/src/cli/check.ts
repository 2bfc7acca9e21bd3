// kpc check [FILE|DIR|-]... [--kafka-version V] [--client java|console-producer] [--format text|json|sarif] …
// Exit 0: no errors; 1: at least one error finding; 2: usage, I/O or .kpc.json error.
import { statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { LATEST_VERSION, hostMessage, resolveKafkaVersion, spanToRange, versionLabel, type Locale, type HostMessageKey } from '#core';
import { findProducerConfigs } from '../node/discover';
import type { Analysis } from '../service/analyze';
import { BUILTIN_PATTERNS } from '../service/project/patterns';
import { safeValue } from '../service/secrets';
import { ruleSection } from '../service/ruleDocs';
import { ruleDocPath } from '../service/rules/definition';
import { REGISTRY } from '../service/rules/index';
import type { Range } from '../service/types';
import { parseCommonArgs } from './args';
import { colorWanted, paintSeverity, palette, type Palette } from './color';
import { argvLocale } from './options';
import { processOut, readConfigFile, readConfigStdin, type Out } from './io';
import { writeJson } from './jsonOut';
import { packageRootUri } from './packageRoot';
import { CliProject, configProblemLines, display, versionSource, type VersionSourceReport } from './project';
import { analyzeFile, dialectText } from './springFile';

/** How the Spring Boot files a folder check finds are named (service/spring/files.ts decides), for messages. */
const SPRING_FILE_NAMES = ['application.{properties,yml,yaml}', 'application-*.{properties,yml,yaml}'];
export const checkUsage = (locale: Locale): string => hostMessage(locale, 'check.usage', { patterns: BUILTIN_PATTERNS.join(', '), latest: LATEST_VERSION });

export { MASK } from '../service/secrets';

export interface FileReport {
  file: string;
  kafkaVersion: string;
  /** Where the Kafka version came from: a `# kpc:` comment, --kafka-version, .kpc.json, the build file, or the default. */
  kafkaVersionSource?: VersionSourceReport;
  client: string;
  /** Spring Boot files: the Boot release checked against */
  springBoot?: string;
  /**
   * The producer config's entries; for a Spring Boot file the config Boot builds, each with the Spring
   * property it came from (`source`, e.g. spring.kafka.producer.properties.linger.ms) and its 1-based
   * `line` (none for Boot's defaults and spring-kafka's additions).
   */
  entries: { key: string; value: string; range: Range; source?: string; line?: number }[];
  diagnostics: {
    code: string;
    severity: string;
    message: string;
    range: Range;
    fixes: { title: string; safe: boolean; edits: { range: Range; newText: string }[] }[];
    /** Other lines the finding is about (the value that wins, the line that turns idempotence on, …); `file` when in another file (a .kpc.json policy). */
    related?: { range: Range; message: string; file?: string }[];
  }[];
}

function springEntries(a: Analysis, r: (span: { start: number; end: number }) => Range): FileReport['entries'] {
  return a.spring!.projection.lines.map((l) => {
    const value = safeValue(l.key, l.value);
    const o = l.origin;
    if (!o) return { key: l.key, value, range: r({ start: 0, end: 0 }), source: l.entry.by.property };
    const range = r(o.entry.span);
    return { key: l.key, value, range, source: o.entry.name, line: range.start.line + 1 };
  });
}

export function fileReport(file: string, a: Analysis, source?: VersionSourceReport): FileReport {
  const ls = a.spring ? a.spring.file.source.lineStarts : a.parsed.lineStarts;
  const r = (span: { start: number; end: number }): Range => spanToRange(ls, span);
  return {
    file,
    kafkaVersion: versionLabel(a),
    ...(source ? { kafkaVersionSource: source } : {}),
    client: a.client,
    ...(a.spring ? { springBoot: a.spring.file.target.release } : {}),
    entries: a.spring ? springEntries(a, r) : a.parsed.entries.map((e) => ({ key: e.key, value: safeValue(e.key, e.value), range: r(e.span) })),
    diagnostics: a.findings.map((f) => {
      const related = [...(f.related ?? []).map((x) => ({ range: r(x.span), message: x.message })), ...(f.relatedFiles ?? []).map((x) => ({ range: x.range, message: x.message, file: x.file }))];
      return {
        code: f.code,
        severity: f.severity,
        message: f.message,
        range: r(f.span),
        fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe === true, edits: x.edits.map((e) => ({ range: r(e.span), newText: e.newText })) })),
        ...(related.length ? { related } : {}),
      };
    }),
  };
}

function textReport(rep: FileReport, p: Palette): string {
  let out = '';
  for (const d of rep.diagnostics) out += `${rep.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${paintSeverity(p, d.severity)} ${p.dim(d.code)} ${d.message}\n`;
  return out;
}

const level = (s: string) => (s === 'error' ? 'error' : s === 'warning' ? 'warning' : 'note');

/** SARIF's tool.driver.rules: every registered rule with its documentation (in the --locale language). */
export function sarifRules(locale: Locale, root = packageRootUri()): unknown[] {
  return REGISTRY.map((r) => ({
    id: r.code,
    shortDescription: { text: r.docs[locale].summary },
    fullDescription: { text: r.docs[locale].what },
    help: { text: `${r.docs[locale].why}\n\n${r.docs[locale].fix}`, markdown: ruleSection(r, locale) },
    ...(root ? { helpUri: new URL(ruleDocPath(r.code), root).href } : {}),
    defaultConfiguration: { level: level(r.defaultSeverity) },
    properties: { category: r.category, severity: r.defaultSeverity },
  }));
}

function sarif(reports: FileReport[], locale: Locale): unknown {
  const region = (range: Range) => ({ startLine: range.start.line + 1, startColumn: range.start.character + 1, endLine: range.end.line + 1, endColumn: range.end.character + 1 });
  const uri = (file: string) => file.split('\\').join('/');
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'kpc', fullName: 'Kafka Producer Config checker', rules: sarifRules(locale) } },
        results: reports.flatMap((rep) =>
          rep.diagnostics.map((d) => ({
            ruleId: d.code,
            level: level(d.severity),
            message: { text: d.message },
            locations: [
              {
                physicalLocation: { artifactLocation: { uri: uri(rep.file) }, region: region(d.range) },
              },
            ],
            ...(d.related
              ? {
                  relatedLocations: d.related.map((x, id) => ({
                    id,
                    physicalLocation: { artifactLocation: { uri: uri(x.file ?? rep.file) }, region: region(x.range) },
                    message: { text: x.message },
                  })),
                }
              : {}),
            properties: { severity: d.severity },
          })),
        ),
      },
    ],
  };
}

type Target = { display: string; path: string } | { display: string; stdin: true; path: string };

export function runCheck(argv: string[], out: Out = processOut, tty: { isTTY?: boolean; env?: Record<string, string | undefined> } = { isTTY: process.stdout.isTTY, env: process.env }): number {
  const lang = argvLocale(argv);
  if (argv.includes('--help') || argv.includes('-h')) {
    out.stdout(checkUsage(lang));
    return 0;
  }
  let args;
  try {
    args = parseCommonArgs(argv, { format: true });
  } catch (msg) {
    out.stderr(`kpc check: ${String(msg)}\n${checkUsage(lang)}`);
    return 2;
  }
  if (args.files.length === 0) {
    out.stderr(`kpc check: ${hostMessage(lang, 'check.err.noFiles')}\n${checkUsage(lang)}`);
    return 2;
  }
  const p = palette(args.format === 'text' && colorWanted({ isTTY: tty.isTTY === true }, tty.env ?? {}, args.color));
  const locale = args.options.locale;
  const project = new CliProject();
  let ioError = false;
  let hasError = false;

  // FILE, DIR and - arguments → the files to check (each once).
  const targets: Target[] = [];
  const seen = new Set<string>();
  const add = (t: Target): void => {
    const key = 'stdin' in t ? '\u0000stdin' : resolve(t.path);
    if (seen.has(key)) return;
    seen.add(key);
    targets.push(t);
  };
  for (const arg of args.files) {
    if (arg === '-') {
      const name = args.stdinFilename ?? '<stdin>';
      add({ display: name, stdin: true, path: resolve(args.stdinFilename ?? join(process.cwd(), '<stdin>')) });
      continue;
    }
    let isDir = false;
    try {
      isDir = statSync(arg).isDirectory();
    } catch {
      // reported when the file is read
    }
    if (!isDir) {
      add({ display: arg, path: arg });
      continue;
    }
    const abs = resolve(arg);
    const outer = project.ctx.projectConfig(join(abs, '.kpc.json'));
    const found = findProducerConfigs(abs, {
      include: args.include,
      springFiles: args.dialect !== 'kafka',
      configGlobs: (dir) => project.ctx.configAt(join(dir, '.kpc.json')).config?.files ?? [],
      ...(outer?.config?.files ? { outerConfig: { dir: project.ctx.fs.dirname(outer.file), globs: outer.config.files } } : {}),
    });
    for (const u of found.unreadable) out.stderr(`kpc check: ${hostMessage(lang, 'check.err.cannotList', { dir: display(u.dir), message: u.message })}\n`);
    if (found.truncated) out.stderr(`kpc check: ${hostMessage(lang, 'check.err.stopped', { arg, count: found.files.length })}\n`);
    if (found.files.length === 0) {
      const include = args.include.length ? hostMessage(lang, 'check.err.noneFoundInclude', { globs: args.include.join(', ') }) : '';
      out.stderr(`kpc check: ${hostMessage(lang, 'check.err.noneFound', { arg, names: [...BUILTIN_PATTERNS, ...(args.dialect !== 'kafka' ? SPRING_FILE_NAMES : [])].join(', '), include })}\n`);
      ioError = true;
    }
    for (const f of found.files) add({ display: join(arg, f.slice(abs.length + 1)), path: f });
  }

  const reports: FileReport[] = [];
  const toldConfigs = new Set<string>();
  const toldNotes = new Set<string>();
  for (const t of targets) {
    const rd = 'stdin' in t ? readConfigStdin(t.display) : readConfigFile(t.path);
    if (!rd.ok) {
      out.stderr(`kpc check: ${rd.message}\n`);
      ioError = true;
      continue;
    }
    const fp = project.forFile(t.path, args.options);
    if (fp.configProblems) {
      const broken = fp.configProblems.problems.some((x) => x.severity === 'error');
      if (!toldConfigs.has(fp.configProblems.file) && (broken || !args.quiet)) out.stderr(configProblemLines(fp.configProblems.file, fp.configProblems.problems, locale));
      toldConfigs.add(fp.configProblems.file);
      if (broken) {
        out.stderr(`kpc check: ${hostMessage(lang, 'check.err.notChecked', { file: t.display, config: fp.configProblems.file })}\n`);
        ioError = true;
        continue;
      }
    }
    // a Spring Boot file in its dialect; its Boot release from --spring-boot, else the one the build names
    const springBootVersion = args.springBootVersion ?? fp.info.springBootVersion;
    const a = analyzeFile(t.path, dialectText(t.path, rd.text, args), fp.options, { ...args, ...(springBootVersion ? { springBootVersion } : {}) });
    const source = versionSource(a, fp.info.source, locale);
    const rep = fileReport(t.display, a, source);
    if (args.quiet) rep.diagnostics = rep.diagnostics.filter((d) => d.severity === 'error');
    if (rep.diagnostics.some((d) => d.severity === 'error')) hasError = true;
    reports.push(rep);
    if (args.format === 'text') out.stdout(textReport(rep, p));
    if (args.format !== 'json' && !args.quiet && source.origin !== 'comment') {
      for (const n of source.notes ?? []) {
        const line = `${source.file ? `${source.file}: ` : ''}${n}`;
        if (toldNotes.has(line)) continue;
        toldNotes.add(line);
        out.stderr(`kpc check: ${hostMessage(lang, 'check.note', { line, how: source.how })}\n`);
      }
    }
  }
  if (args.format === 'json') {
    const v = resolveKafkaVersion(args.options.kafkaVersion);
    writeJson({ kafkaVersion: v.ok ? v.exact : LATEST_VERSION, files: reports }, (s) => out.stdout(s));
  } else if (args.format === 'sarif') {
    writeJson(sarif(reports, args.options.locale ?? 'en'), (s) => out.stdout(s));
  } else if (!args.quiet || hasError) {
    const n = reports.reduce((s, r) => s + r.diagnostics.length, 0);
    const errs = reports.reduce((s, r) => s + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
    const count = (one: HostMessageKey, other: HostMessageKey, k: number): string => hostMessage(lang, k === 1 ? one : other, { n: k });
    const errText = count('check.errors.one', 'check.errors.other', errs);
    const files = count('check.files.one', 'check.files.other', reports.length);
    const others = count('check.others.one', 'check.others.other', n - errs);
    out.stderr(`${hostMessage(lang, 'check.summary', { files, errors: errs ? p.error(errText) : errText, others })}\n`);
  }
  return ioError ? 2 : hasError && !args.exitZero ? 1 : 0;
}
