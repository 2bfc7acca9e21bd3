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
    if (!rack) fixes.push({ title: ctx.t('Add client.rack= (then type this producer\'s rack id)', 'client.rack= 추가(이어서 이 프로듀서의 랙 ID 입력)'), edits: [insertLineEdit(ctx, 'client.rack=', at)], preferred: true });
    fixes.push({ title: ctx.t('Set partitioner.rack.aware=false', 'partitioner.rack.aware=false로 변경'), edits: [setValueEdit(at, 'false')] });
    out.push(
      finding(
        'rack-aware-without-client-rack',
        'error',
        ctx.t(
          `Set client.rack to the rack (broker.rack) this producer runs in, or turn partitioner.rack.aware off: with partitioner.rack.aware=true and ${rack ? 'a blank' : 'no'} client.rack, ${ctx.who} fails to construct the producer: ConfigException "${CHECKS[ID].kafkaMessage}" (wrapped in KafkaException; also with a custom partitioner.class)${introduced(ctx, ID)}.`,
          `client.rack에 이 프로듀서가 있는 랙(broker.rack)을 쓰거나 partitioner.rack.aware를 끄세요: partitioner.rack.aware=true인데 client.rack이 ${rack ? '비어 있으면' : '없으면'} ${ctx.who}에서 프로듀서 생성이 실패합니다: ConfigException "${CHECKS[ID].kafkaMessage}"(KafkaException으로 감쌈. 사용자 정의 partitioner.class를 써도 같음)${introduced(ctx, ID)}.`,
        ),
        at.span,
        fixes,
        { ...relatedLines(ctx, at.span, [['client.rack', ctx.t('client.rack is blank here', '여기서 client.rack이 비어 있습니다')]]), data: { since: CHECKS[ID].since } },
      ),
    );
  },
});
