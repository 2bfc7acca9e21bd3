// rack-aware-without-client-rack: from Kafka 4.4, partitioner.rack.aware=true needs a client.rack that is not
// blank. RecordAccumulator.PartitionerConfig throws ConfigException("client.rack must be provided if
// partitioner.rack.aware is enabled") inside the KafkaProducer constructor, also with a custom
// partitioner.class (both values are always passed). Facts and sources: schemas/catalog/checks.ts; the verdict
// is the producer model's (producer.ts rackState), the one the simulator reads too.
import { CHECKS } from '#core';
import type { Finding, Fix } from '../types';
import { finding, insertLineEdit, lastEntry, relatedLines, setValueEdit } from './context';
import { introduced } from './startupChecks';
import { defineRule } from './definition';

const ID = 'rack-aware-needs-client-rack';

export const rackAwareWithoutClientRack = defineRule({
  code: 'rack-aware-without-client-rack',
  defaultSeverity: 'error',
  category: 'start-up',
  onKey: true,
  scope: { kind: 'file', reads: ['partitioner.rack.aware', 'client.rack'] },
  appliesTo: { since: CHECKS[ID].since },
  example: { bad: 'partitioner.rack.aware=true\n', good: 'partitioner.rack.aware=true\nclient.rack=use1-az1\n' },
  docs: {
    en: {
      summary: 'partitioner.rack.aware=true without a client.rack: the producer does not start (4.4+).',
      what: 'From Kafka 4.4, reports `partitioner.rack.aware=true` when `client.rack` is missing or blank.',
      why: 'A rack-aware producer must know its own rack: the KafkaProducer constructor throws ConfigException "client.rack must be provided if partitioner.rack.aware is enabled" (wrapped in KafkaException), also with a custom partitioner.class.',
      fix: 'Set `client.rack` to the rack (broker.rack) the producer runs in (the quick fix adds the line for you to fill in), or set `partitioner.rack.aware=false`.',
    },
    ko: {
      summary: 'client.rack 없는 partitioner.rack.aware=true: 프로듀서가 시작하지 않습니다(4.4+).',
      what: 'Kafka 4.4부터 `client.rack`이 없거나 비어 있는데 `partitioner.rack.aware=true`인 설정을 찾습니다.',
      why: '랙을 인식하는 프로듀서는 자기 랙을 알아야 합니다. KafkaProducer 생성자가 ConfigException "client.rack must be provided if partitioner.rack.aware is enabled"를 던집니다(KafkaException으로 감쌈). 사용자 정의 partitioner.class를 써도 같습니다.',
      fix: '`client.rack`에 프로듀서가 있는 랙(broker.rack)을 쓰거나(빠른 수정이 줄을 추가하면 값을 채우세요) `partitioner.rack.aware=false`로 두세요.',
    },
  },
  check(ctx, out: Finding[]) {
    if (!ctx.rack.needsClientRack) return;
    const at = lastEntry(ctx, 'partitioner.rack.aware')?.entry;
    if (!at) return;
    const rack = lastEntry(ctx, 'client.rack')?.entry;
    const fixes: Fix[] = [];
    if (!rack) fixes.push({ title: ctx.msg('rule.rack-aware-without-client-rack.addClientRackThen'), edits: [insertLineEdit(ctx, 'client.rack=', at)], preferred: true });
    fixes.push({ title: ctx.msg('rule.rack-aware-without-client-rack.setPartitionerRackAware'), edits: [setValueEdit(at, 'false')] });
    const blank = rack ? ctx.msg('rule.rack-aware-without-client-rack.aBlank') : ctx.msg('rule.rack-aware-without-client-rack.no');
    const kafkaMessage = CHECKS[ID].kafkaMessage;
    const since = introduced(ctx, ID);
    out.push(
      finding(
        'rack-aware-without-client-rack',
        'error',
        ctx.msg('rule.rack-aware-without-client-rack.setClientRackTo', { blank, who: ctx.who, kafkaMessage, since }),
        at.span,
        fixes,
        { ...relatedLines(ctx, at.span, [['client.rack', ctx.msg('rule.rack-aware-without-client-rack.clientRackIsBlank')]]), data: { since: CHECKS[ID].since } },
      ),
    );
  },
});
