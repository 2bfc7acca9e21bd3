// English strings of the VS Code client (client/src): notifications, the language status item, the version
// picker, the simulator panel. Merged into en.ts; client.ko.ts has every key. The manifest's strings
// (commands, settings) stay in package.nls.json / package.nls.ko.json, where VS Code reads them.
export const clientEn = {
  'client.apply.failed': 'Could not apply the what-if settings to {file}.',
  'client.apply.notProducerConfig': 'Apply writes producer config lines; change {file} by hand.',
  'client.apply.previewGone': 'The simulator preview no longer shows that file; nothing was changed.',
  'client.preview.noConfig': 'Open a producer config file (Kafka Producer Config language) to simulate it.',
  'client.preview.title': 'Simulate {file}',
  'client.preview.viewTitle': 'Kafka Simulator',
  'client.server.couldNotStart': 'The Kafka Producer Config language server could not start: {error}',
  'client.server.restart': 'Restart',
  'client.server.stopped': 'The Kafka Producer Config language server stopped {count} times in 3 minutes and will not be restarted. See the "Kafka Producer Config" output for details.',
  'client.status.change': 'Change',
  'client.status.changeTooltip': 'Choose the Kafka version this folder is checked for',
  'client.status.fromComment': 'from a # kpc: comment in the file',
  'client.status.fromSettings': 'from the settings',
  'client.status.latest': 'latest: the newest version the extension knows ({version})',
  'client.status.name': 'Kafka target',
  'client.status.springBoot': 'the Kafka client Spring Boot {version} manages',
  'client.status.text': 'Kafka version: …',
  'client.version.auto': 'from the project: .kpc.json, else the build file (pom.xml, build.gradle, …), else latest',
  'client.version.current': 'current',
  'client.version.folder': 'Applies to the folder {folder}; a # kpc: kafka-version=… comment in a file still wins',
  'client.version.latest': 'follows the newest version the extension knows ({version})',
  'client.version.title': 'Kafka version to check producer configs for',
  'client.version.unknown': '{version} is not a Kafka version the extension knows.',
  'client.version.user': 'Applies to your user settings',
} as const;
