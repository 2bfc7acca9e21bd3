// kpc check FILE... [--kafka-version V] [--client java|console-producer] [--format text|json|sarif]
// Exit 0: no errors; 1: at least one error finding; 2: usage or I/O error.
import { getKey, LATEST_VERSION, resolveKafkaVersion, spanToRange, versionLabel, type Locale } from '#core';
import { analyze, type Analysis } from '../service/analyze';
import { isSecretKey } from '../service/rules/context';
import { ruleSection } from '../service/ruleDocs';
import { ruleDocPath } from '../service/rules/definition';
import { REGISTRY } from '../service/rules/index';
import type { Range } from '../service/types';
import { parseCommonArgs } from './args';
import { processOut, readConfigFile, type Out } from './io';
import { writeJson } from './jsonOut';
import { packageRootUri } from './packageRoot';

export const CHECK_USAGE = `usage: kpc check FILE... [options]

options:
  --kafka-version V        Kafka version whose rules apply (2.8 … ${LATEST_VERSION}, or 3.0.1 style; default latest)
  --client C               java (KafkaProducer, default) or console-producer (kafka-console-producer.sh)
  --format F               text (default), json or sarif
  --severity CODE=LEVEL    override a rule's severity (error|warning|information|hint|off); repeatable
  --allow KEY[,KEY]        custom keys not to report as unknown
  --locale en|ko           message language

exit status: 0 no errors, 1 errors found, 2 usage or I/O error
`;

export const MASK = '••••';

export interface FileReport {
  file: string;
  kafkaVersion: string;
  client: string;
  entries: { key: string; value: string; range: Range }[];
  diagnostics: {
    code: string;
    severity: string;
    message: string;
    range: Range;
    fixes: { title: string; safe: boolean; edits: { range: Range; newText: string }[] }[];
    /** Other lines the finding is about (the value that wins, the line that turns idempotence on, …). */
    related?: { range: Range; message: string }[];
  }[];
}

export function fileReport(file: string, a: Analysis): FileReport {
  const ls = a.parsed.lineStarts;
  const r = (span: { start: number; end: number }): Range => spanToRange(ls, span);
  return {
    file,
    kafkaVersion: versionLabel(a),
    client: a.client,
    entries: a.parsed.entries.map((e) => ({ key: e.key, value: isSecretKey(e.key, getKey(e.key, a.version)) ? MASK : e.value, range: r(e.span) })),
    diagnostics: a.findings.map((f) => ({
      code: f.code,
      severity: f.severity,
      message: f.message,
      range: r(f.span),
      fixes: f.fixes.map((x) => ({ title: x.title, safe: x.safe === true, edits: x.edits.map((e) => ({ range: r(e.span), newText: e.newText })) })),
      ...(f.related ? { related: f.related.map((x) => ({ range: r(x.span), message: x.message })) } : {}),
    })),
  };
}

function textReport(rep: FileReport): string {
  let out = '';
  for (const d of rep.diagnostics) out += `${rep.file}:${d.range.start.line + 1}:${d.range.start.character + 1} ${d.severity} ${d.code} ${d.message}\n`;
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
                physicalLocation: { artifactLocation: { uri: rep.file.split('\\').join('/') }, region: region(d.range) },
              },
            ],
            ...(d.related
              ? {
                  relatedLocations: d.related.map((x, id) => ({
                    id,
                    physicalLocation: { artifactLocation: { uri: rep.file.split('\\').join('/') }, region: region(x.range) },
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

export function runCheck(argv: string[], out: Out = processOut): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    out.stdout(CHECK_USAGE);
    return 0;
  }
  let args;
  try {
    args = parseCommonArgs(argv, { format: true });
  } catch (msg) {
    out.stderr(`kpc check: ${String(msg)}\n${CHECK_USAGE}`);
    return 2;
  }
  if (args.files.length === 0) {
    out.stderr(`kpc check: no FILE given\n${CHECK_USAGE}`);
    return 2;
  }
  let ioError = false;
  let hasError = false;
  const reports: FileReport[] = [];
  for (const file of args.files) {
    const rd = readConfigFile(file);
    if (!rd.ok) {
      out.stderr(`kpc check: ${rd.message}\n`);
      ioError = true;
      continue;
    }
    const a = analyze(rd.text, { ...args.options, decoded: 'latin1' });
    const rep = fileReport(file, a);
    if (a.findings.some((f) => f.severity === 'error')) hasError = true;
    reports.push(rep);
    if (args.format === 'text') out.stdout(textReport(rep));
  }
  if (args.format === 'json') {
    const v = resolveKafkaVersion(args.options.kafkaVersion);
    writeJson({ kafkaVersion: v.ok ? v.exact : LATEST_VERSION, files: reports }, (s) => out.stdout(s));
  } else if (args.format === 'sarif') {
    writeJson(sarif(reports, args.options.locale ?? 'en'), (s) => out.stdout(s));
  } else {
    const n = reports.reduce((s, r) => s + r.diagnostics.length, 0);
    const errs = reports.reduce((s, r) => s + r.diagnostics.filter((d) => d.severity === 'error').length, 0);
    out.stderr(`${reports.length} file${reports.length === 1 ? '' : 's'} checked: ${errs} error${errs === 1 ? '' : 's'}, ${n - errs} other finding${n - errs === 1 ? '' : 's'}\n`);
  }
  return ioError ? 2 : hasError ? 1 : 0;
}
