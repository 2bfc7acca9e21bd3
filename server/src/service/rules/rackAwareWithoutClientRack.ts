// rack-aware-without-client-rack: from Kafka 4.4, partitioner.rack.aware=true needs a client.rack that is not
// blank. RecordAccumulator.PartitionerConfig throws ConfigException("client.rack must be provided if
// partitioner.rack.aware is enabled") inside the KafkaProducer constructor, also with a custom
// partitioner.class (both values are always passed). Facts and sources: schemas/catalog/checks.ts; the verdict
// is the producer model's (producer.ts rackState), the one the simulator reads too.
import { CHECKS } from '#core';
import type { Finding, Fix } from '../types';
import { finding, insertLineEdit, lastEntry, relatedLines, setValueEdit, type Rule } from './context';
import { introduced } from './startupChecks';

const ID = 'rack-aware-needs-client-rack';

export const rackAwareWithoutClientRack: Rule = {
  codes: ['rack-aware-without-client-rack'],
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
};
