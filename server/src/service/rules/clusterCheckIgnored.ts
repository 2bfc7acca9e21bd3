// cluster-check-ignored: metadata.cluster.check.enable (Kafka 4.4, KIP-1242) is ignored when re-bootstrapping is
// off (metadata.recovery.strategy=none), per the 4.4 reference. Facts and sources: schemas/catalog/checks.ts.
import { CHECKS, javaTrim } from '#core';
import type { Finding, Fix } from '../types';
import { finding, lastEntry, relatedLines, removeLineEdit, setValueEdit } from './context';
import { introduced } from './startupChecks';
import { defineRule } from './definition';

const ID = 'cluster-check-ignored-without-rebootstrap';

export const clusterCheckIgnored = defineRule({
  code: 'cluster-check-ignored',
  defaultSeverity: 'hint',
  category: 'values',
  onKey: true,
  scope: { kind: 'file', reads: ['metadata.cluster.check.enable', 'metadata.recovery.strategy'] },
  appliesTo: { since: CHECKS[ID].since },
  example: { bad: 'metadata.recovery.strategy=none\nmetadata.cluster.check.enable=true\n', good: 'metadata.cluster.check.enable=true\n' },
  docs: {
    en: {
      summary: 'metadata.cluster.check.enable with re-bootstrapping off: Kafka ignores it (4.4+).',
      what: 'From Kafka 4.4, reports `metadata.cluster.check.enable` when `metadata.recovery.strategy=none`.',
      why: 'The check that a connection reached the intended cluster works only when the client may re-bootstrap; with the recovery strategy none, Kafka ignores the setting.',
      fix: 'Remove `metadata.cluster.check.enable`, or set `metadata.recovery.strategy=rebootstrap` (the default).',
    },
    ko: {
      summary: '다시 부트스트랩하기를 끈 상태의 metadata.cluster.check.enable: Kafka가 무시합니다(4.4+).',
      what: 'Kafka 4.4부터 `metadata.recovery.strategy=none`인데 `metadata.cluster.check.enable`을 쓴 줄을 찾습니다.',
      why: '접속이 의도한 클러스터에 닿았는지 보는 검사는 클라이언트가 다시 부트스트랩할 수 있을 때만 동작합니다. 복구 전략이 none이면 Kafka는 이 설정을 무시합니다.',
      fix: '`metadata.cluster.check.enable`을 지우거나 `metadata.recovery.strategy=rebootstrap`(기본값)으로 두세요.',
    },
  },
  check(ctx, out: Finding[]) {
    if (!ctx.info('metadata.cluster.check.enable')) return;
    const at = lastEntry(ctx, 'metadata.cluster.check.enable')?.entry;
    if (!at) return;
    const strategy = lastEntry(ctx, 'metadata.recovery.strategy')?.entry;
    if (!strategy || javaTrim(strategy.value).toLowerCase() !== 'none') return;
    const fixes: Fix[] = [
      { title: ctx.msg('rule.cluster-check-ignored.removeMetadataClusterCheck'), edits: [removeLineEdit(ctx, at)] },
      { title: ctx.msg('rule.cluster-check-ignored.setMetadataRecoveryStrategy'), edits: [setValueEdit(strategy, 'rebootstrap')] },
    ];
    out.push(
      finding(
        'cluster-check-ignored',
        'hint',
        ctx.msg('rule.cluster-check-ignored.removeOrRebootstrap', { who: ctx.who, introduced: introduced(ctx, ID) }),
        at.keySpan,
        fixes,
        { tags: ['unnecessary'], ...relatedLines(ctx, at.span, [['metadata.recovery.strategy', ctx.msg('rule.cluster-check-ignored.reBootstrappingIsTurned')]]), data: { since: CHECKS[ID].since } },
      ),
    );
  },
});
