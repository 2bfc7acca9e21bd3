// English strings of the kpc command line (server/src/cli). Merged into en.ts; cli.ko.ts has every key.
// Every command takes --locale en|ko and prints them in that language.
export const cliEn = {
  'check.err.cannotList': '{dir}: cannot list ({message}); skipped',
  'check.err.noFiles': 'no FILE or DIR given',
  'check.err.noneFound': '{arg}: no producer config found (names: {names}{include}); add --include GLOB or "files" in .kpc.json',
  'check.err.noneFoundInclude': '; --include {globs}',
  'check.err.notChecked': '{file}: not checked: {config} has errors',
  'check.err.stopped': '{arg}: stopped after {count} files',
  'check.errors.one': '{n} error',
  'check.errors.other': '{n} errors',
  'check.files.one': '{n} file',
  'check.files.other': '{n} files',
  'check.note': 'note: {line} ({how})',
  'check.others.one': '{n} other finding',
  'check.others.other': '{n} other findings',
  'check.summary': '{files} checked: {errors}, {others}',
  'check.usage': `usage: kpc check [FILE|DIR|-]... [options]

  FILE                     a producer config; DIR: every producer config below it ({patterns},
                           Spring Boot's application[-PROFILE].properties/.yml/.yaml unless --dialect properties,
                           plus --include and the "files" of each .kpc.json; node_modules, .git and build output
                           such as target/, build/, dist/, out/ are skipped); -: standard input

options:
  --kafka-version V        Kafka version whose rules apply (2.8 … {latest}, or 3.0.1 style); default: the
                           kafkaVersion of the nearest .kpc.json, else the kafka-clients version of the nearest
                           build file (pom.xml, build.gradle[.kts], gradle/libs.versions.toml, Spring Boot), else latest
  --client C               java (KafkaProducer, default) or console-producer (kafka-console-producer.sh)
  --format F               text (default), json or sarif
  --severity CODE=LEVEL    override a rule's severity (error|warning|information|hint|off); repeatable
  --allow KEY[,KEY]        custom keys not to report as unknown
  --include GLOB           more files to check under each DIR (a bare name matches in any folder); repeatable
  --stdin-filename NAME    the name standard input is reported as (its .kpc.json and build file are found from there)
  --quiet, -q              errors only: leave out warnings, information, hints, notes and the summary
  --exit-zero              exit 0 even when errors are found (usage and I/O errors still exit 2)
  --color, --no-color      force colour on or off (default: on for a terminal, off with NO_COLOR; FORCE_COLOR forces it)
  --locale en|ko           message language
  --dialect D              spring (Spring Boot application*.properties / .yml) or properties (a producer
                           config); default: by the file's name
  --spring-boot V          Spring Boot release whose behaviour applies (2.7 … 4.1; default the newest);
                           the Kafka version defaults to the one that release manages

A "# kpc: kafka-version=" comment in a file wins over everything. A .kpc.json (found by walking up from each file)
also sets client, severity, allowedKeys, files and a team policy, reported under the code "policy".

exit status: 0 no errors, 1 errors found, 2 usage, I/O or .kpc.json error
`,
  'cli.err.bothColors': 'give --color or --no-color, not both',
  'cli.err.client': '--client must be {clients}, not \'{value}\'',
  'cli.err.dialect': '--dialect must be spring or properties, not \'{value}\'',
  'cli.err.formatSarif': '--format must be text, json or sarif, not \'{value}\'',
  'cli.err.needsValue': 'option {name} needs a value',
  'cli.err.severity': '--severity takes CODE={levels}, not \'{value}\'',
  'cli.err.takesNoValue': 'option {name} takes no value',
  'cli.err.unknownOption': 'unknown option {option}{hint}',
  'fix.applied.one': '{n} fix applied',
  'fix.applied.other': '{n} fixes applied',
  'fix.err.notFixed': '{file}: not fixed: {config} has errors',
  'fix.err.oneFile': 'expected exactly one FILE, got {count}',
  'fix.err.writeStdin': '--write needs a FILE, not standard input',
  'fix.usage': `usage: kpc fix FILE|- [--write] [--kafka-version V] [--client java|console-producer]
                  [--dialect spring|properties] [--spring-boot V]

Applies every safe fix (typo renames with one clear suggestion, acks=all where idempotence is enabled
explicitly, removal of identical duplicate lines, the value a .kpc.json policy fixes, ...). Without --write
the result goes to stdout; - reads standard input (--stdin-filename NAME says where its project is).
Running it again changes nothing more. The Kafka version and the policy come from the command line, the
nearest .kpc.json and the nearest build file, as for kpc check.

--write replaces the file atomically (a temporary file beside it, renamed over it), keeping its mode and
owner and writing through a symbolic link to the file it points to. It writes nothing (exit 2) when the
file changed after kpc read it, has other hard links, or could not keep its owner.
`,
  'io.cannotRead': '{file}: cannot read ({code})',
  'io.directory': '{file}: is a directory, not a config file',
  'io.noSuchFile': '{file}: no such file',
  'io.notRegular': '{file}: not written: it is not a regular file',
  'io.permission': '{file}: permission denied',
  'io.symlinks': '{file}: too many symbolic links',
  'io.tooLarge': '{file}: {message}',
  'write.changed': 'it changed since kpc read it (saved by another program?)',
  'write.failed': '{file}: not written ({code}); the file is unchanged',
  'write.hardLinks': 'it has {links} hard links, and replacing it would leave the others with the old text',
  'write.noRoom': '{file}: not written: no room for the new text ({code}: the device is full, or a quota or file size limit is reached); the file is unchanged',
  'write.notRegular': 'it is not a regular file',
  'write.owner': 'the replacement could not keep its owner (uid {uid}, gid {gid}): {code}',
  'write.permission': '{file}: not written: permission denied (the replacement is created in the file\'s directory); the file is unchanged',
  'write.refused': '{file}: not written: {reason}; the file is unchanged',
  'write.removed': '{file}: not written: it was removed since it was read',
  'lsp.err.noServer': 'cannot find the bundled server (looked in {paths}); run `npm run build`',
  'lsp.err.transport': 'choose a transport',
  'lsp.usage': `usage: kpc lsp --stdio | --node-ipc | --socket=PORT | --pipe=NAME [--locale en|ko]
Runs the Kafka Producer Config language server (the same one the VS Code extension uses).
--locale sets the language of its messages; without it the client's locale applies (English if it sends none).
`,
  'main.err.unknownCommand': 'unknown command \'{name}\'{hint}',
  'main.err.unknownOption': 'unknown option \'{name}\'{hint}',
  'main.usage': `usage: kpc <command> [options]

commands:
  check FILE|DIR|-...  report problems in producer config files (DIR: every producer config below it)
  fix FILE|-           apply all safe fixes
  describe KEY         print one key's catalog entry
  rules [CODE]         list the rules, or print one rule's documentation
  partition KEY...     compute partitions for keys (murmur2)
  simulate FILE        run the producer simulator
  lsp --stdio          run the language server over stdio

  kpc help COMMAND     a command's options
  kpc --version        the version of kpc and the Kafka versions it knows
`,
  'partition.err.noKeys': 'give at least one KEY',
  'partition.err.partitions': '--partitions needs a whole number from 1 to 1000000, not \'{value}\'',
  'partition.err.required': '--partitions N is required',
  'partition.usage': `usage: kpc partition --partitions N KEY...

  --partitions N   number of partitions of the topic (1 … 1000000)
  KEY              keys as the producer's StringSerializer sends them (UTF-8); use -- before keys that start with -
  --locale L       language of the messages: en (default) or ko
`,
  'rules.err.oneCode': 'at most one CODE',
  'rules.err.unknown': 'no rule \'{code}\' (kpc rules lists them)',
  'rules.usage': `usage: kpc rules [CODE] [options]

options:
  --format F     text (default) or json
  --locale L     en (default) or ko

exit status: 0, or 2 for an unknown CODE or a usage error
`,
  'cli.didYouMean': '; did you mean {list}?',
  'cli.err.locale': '--locale must be en or ko, not \'{value}\'',
  'cli.or': ' or ',
  'cli.versionFromComment': 'the # kpc: kafka-version= comment in the file',
  'simulate.crossRack': '  cross-rack {mb} MB/s on the wire ({share}% of the bytes sent)',
  'simulate.err.clientRack': '--client-rack {rack} is not one of the {racks} racks (0 … {last})',
  'simulate.err.duration': '--duration {seconds} s at this rate is {records} records; the limit is 1 … {max}',
  'simulate.err.failover': 'failover:MS needs broker-down:MS',
  'simulate.err.fault': 'bad --faults item \'{item}\': use lost-ack:P, request-failure:P, broker-down:MS or failover:MS',
  'simulate.err.faultDuration': 'bad --faults item \'{item}\': duration too large',
  'simulate.err.faultProbability': 'bad --faults item \'{item}\': a probability is between 0 and 1',
  'simulate.err.faultTooLarge': 'bad --faults item \'{item}\': too large',
  'simulate.err.fileRequired': 'FILE is required',
  'simulate.err.keys': 'bad --keys \'{spec}\': use null, uniform:K or skewed:K',
  'simulate.err.keysCount': 'bad --keys \'{spec}\': K must be 1..{max}',
  'simulate.err.keysUniform': 'bad --keys \'{spec}\': uniform takes only K',
  'simulate.err.number': '{name} needs a number from {min} to {max}, not \'{value}\'',
  'simulate.err.oneFile': 'one FILE only (got \'{first}\' and \'{second}\')',
  'simulate.err.recordsOrDuration': 'give --records or --duration, not both',
  'simulate.err.wholeNumber': '{name} needs a whole number from {min} to {max}, not \'{value}\'',
  'simulate.faults.brokerDown': 'broker {broker} down {ms} ms{failover}',
  'simulate.faults.failover': ', failover after {ms} ms',
  'simulate.faults.lostAck': 'lost-ack {p}',
  'simulate.faults.none': 'no faults',
  'simulate.faults.requestFailure': 'request-failure {p}',
  'simulate.keys.null': 'null keys',
  'simulate.keys.over': '{kind} keys over {count}',
  'simulate.line.partitions': 'partition  broker{rack}     records        bytes  batches',
  'simulate.line.scenario': 'scenario  {records} records at {rate}/s, {valueBytes} B values, {keys}, {partitions} partitions on {brokers} brokers{racks}, {faults}, seed {seed}',
  'simulate.line.settings': 'settings  acks={acks} idempotence={idempotence} batch.size={batchSize} linger.ms={lingerMs} compression={compression} max.in.flight={maxInFlight} retries={retries}',
  'simulate.line.warning': 'warning   {warning}',
  'simulate.racks': ' in {racks} racks (client in rack {rack}{clientRack})',
  'simulate.row.batches': 'batches    {count}  avg fill {fill}%  {perBatch} records/batch  retried {retried}  expired {expired}',
  'simulate.row.buffer': 'buffer     max used {kib} KiB  blocked {ms} ms  exhausted {exhausted}',
  'simulate.row.latency': 'latency    p50 {p50} ms  p95 {p95} ms  p99 {p99} ms  max {max} ms',
  'simulate.row.records': 'records    sent {sent}  delivered {delivered}  lost {lost} (failed {failed}, silently {silently})  duplicated {duplicated}  reordered {reordered}',
  'simulate.row.requests': 'requests   {count}  {perRequest} records/request  failed {failed}  timed out {timedOut}',
  'simulate.row.throughput': 'throughput {records} records/s  {mb} MB/s{crossRack}',
  'simulate.usage': `usage: kpc simulate FILE [options]

  --kafka-version V   Kafka version whose defaults and partitioner apply, 3.0.1 style for a patch
                      (a '# kpc: kafka-version=' comment in the file wins; default: the nearest
                      .kpc.json, else the nearest build file, else latest)
  --client C          java (KafkaProducer, default) or console-producer (kafka-console-producer.sh,
                      whose filled-in values then apply; a '# kpc: client=' comment wins)
  --dialect D         spring (a Spring Boot application*.properties / .yml: the config Boot builds) or
                      properties (a producer config); default: by the file's name
  --spring-boot V     Spring Boot release for a Spring file (default the newest covered)
  --records N         records to send (default {records}, at most {maxRecords})
  --rate PER_SEC      send() calls per second (default {rate})
  --value-bytes N     record value size (default {valueBytes})
  --partitions N      partitions of the topic (default {partitions})
  --brokers N         brokers; partition p is led by broker p % N (default {brokers})
  --racks N           racks the brokers are spread over, broker b in rack b % N (default: 3 when the file
                      sets client.rack or partitioner.rack.aware=true, else 1); with more than one rack the
                      output reports the bytes sent to leaders outside the client's rack
  --client-rack R     the rack the producer runs in, 0 … N-1 (default 0); the file's client.rack names it
  --keys SPEC         null (default), uniform:K or skewed:K (Zipf over K keys)
  --faults SPEC       comma list of lost-ack:P, request-failure:P (probabilities per request),
                      broker-down:MS (broker 0 down for MS ms from a quarter of the run) and
                      failover:MS (its partitions get new leaders MS after the crash; unreplicated data is lost)
  --duration S        send for S seconds instead of a record count (records = rate × S)
  --rtt MS            network round trip (default {rtt})
  --replication-ms MS extra wait for followers before an acks=all response (default {replicationMs})
  --compression-ratio R   override the codec preset's compressed/uncompressed ratio (0.01 … 1)
  --compression-cpu NS    override the codec preset's producer CPU cost, ns per byte
  --seed S            random seed (default {seed}); the same seed gives the same result
  --format text|json  output (default text)
  --locale L          language of the output: en (default) or ko
`,
  'describe.confidence.docs': 'read in Apache\'s published docs',
  'describe.confidence.inferred': 'inferred; no direct statement found',
  'describe.confidence.plugin': 'read in the plugin\'s source',
  'describe.confidence.source': 'read in Kafka\'s Java source',
  'describe.confidence.third-party': 'read in third-party notes on Kafka\'s code',
  'describe.constructCheck': ' (checked when the producer is built, not by ConfigDef)',
  'describe.deprecatedSince': 'since {version}{instead}',
  'describe.deprecatedValue': '{value}: deprecated {since}{removed}; {replacement}',
  'describe.empty': '"" (empty)',
  'cli.err.format': '--format must be text or json, not \'{value}\'',
  'describe.err.mapKey': '{key}: Boot passes \'{kafka}\' to Kafka as written (a key under a properties map)',
  'describe.err.missingKey': 'missing KEY',
  'describe.err.notSpring': '\'{key}\' is not a Spring Boot Kafka property',
  'describe.err.otherComponent': '\'{key}\' is not a producer key; it belongs to the {component}. {note}',
  'describe.err.unexpected': 'unexpected argument \'{arg}\' (describe takes one key)',
  'describe.err.unknown': 'unknown producer key \'{key}\'{hint}',
  'describe.history': 'History: {text}',
  'describe.instead': 'instead: {key}',
  'describe.insteadSuffix': '; instead: {key}',
  'describe.internal': 'yes (Kafka-internal key, not documented upstream)',
  'describe.like': '; like {key}',
  'describe.no': 'no',
  'describe.none': '(none)',
  'describe.notPassed': '(none: not passed to Kafka)',
  'describe.orEarlier': ' (or earlier)',
  'describe.otherVersions': 'Kafka {version} does not accept {key}; it exists in {range}. Showing Kafka {shown}.',
  'describe.readBy': '{label} ({readers}), not by ProducerConfig{like}',
  'describe.removedIn': 'in {version}',
  'describe.removedSuffix': ', removed {version}',
  'describe.row.boot': 'Boot',
  'describe.row.default': 'default',
  'describe.row.deprecated': 'deprecated',
  'describe.row.deprecatedValue': 'deprecated value',
  'describe.row.facts': 'facts',
  'describe.row.group': 'group',
  'describe.row.history': 'history',
  'describe.row.importance': 'importance',
  'describe.row.internal': 'internal',
  'describe.row.kafkaKey': 'Kafka key',
  'describe.row.note': 'note',
  'describe.row.readBy': 'read by',
  'describe.row.removed': 'removed',
  'describe.row.required': 'required',
  'describe.row.since': 'since',
  'describe.row.source': 'source',
  'describe.row.sourceNote': 'source note',
  'describe.row.type': 'type',
  'describe.row.unit': 'unit',
  'describe.row.valid': 'valid',
  'describe.secret': ' (secret: values are never shown)',
  'describe.sinceOrEarlier': '{version} or earlier',
  'describe.usage': `usage: kpc describe KEY [--kafka-version V] [--format text|json] [--locale en|ko]

  KEY               a producer config key, e.g. batch.size, or a Spring Boot property:
                    spring.kafka.producer.batch-size, spring.kafka.producer.properties.linger.ms
  --kafka-version   {oldest} … {latest}, a patch such as 3.6.1, or latest (default, {latest})
  --format          text (default) or json (the catalog's KeyInfo object)
  --locale          language of the docs: en (default) or ko
`,
  'describe.values': 'Values: {text}',
  'describe.yes': 'yes',
} as const;
