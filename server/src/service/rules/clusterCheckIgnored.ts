// cluster-check-ignored: metadata.cluster.check.enable (Kafka 4.4, KIP-1242) is ignored when re-bootstrapping is
// off (metadata.recovery.strategy=none), per the 4.4 reference. Facts and sources: schemas/catalog/checks.ts.
import { CHECKS, javaTrim } from '#core';
import type { Finding, Fix } from '../types';
import { finding, lastEntry, relatedLines, removeLineEdit, setValueEdit, type Rule } from './context';
import { checkApplies, introduced } from './startupChecks';

const ID = 'cluster-check-ignored-without-rebootstrap';

export const clusterCheckIgnored: Rule = {
  codes: ['cluster-check-ignored'],
  check(ctx, out: Finding[]) {
    if (!checkApplies(ctx, ID) || !ctx.info('metadata.cluster.check.enable')) return;
    const at = lastEntry(ctx, 'metadata.cluster.check.enable')?.entry;
    if (!at) return;
    const strategy = lastEntry(ctx, 'metadata.recovery.strategy')?.entry;
    if (!strategy || javaTrim(strategy.value).toLowerCase() !== 'none') return;
    const fixes: Fix[] = [
      { title: ctx.t('Remove metadata.cluster.check.enable', 'metadata.cluster.check.enable 줄 삭제'), edits: [removeLineEdit(ctx, at)] },
      { title: ctx.t('Set metadata.recovery.strategy=rebootstrap (the default)', 'metadata.recovery.strategy=rebootstrap(기본값)으로 변경'), edits: [setValueEdit(strategy, 'rebootstrap')] },
    ];
    out.push(
      finding(
        'cluster-check-ignored',
        'hint',
        ctx.t(
          `Remove metadata.cluster.check.enable or set metadata.recovery.strategy=rebootstrap: with metadata.recovery.strategy=none ${ctx.who} ignores it, since the misrouted-connection check only works when the client may re-bootstrap${introduced(ctx, ID)}.`,
          `metadata.cluster.check.enable을 지우거나 metadata.recovery.strategy=rebootstrap으로 바꾸세요: metadata.recovery.strategy=none이면 ${ctx.who}가 이 설정을 무시합니다. 잘못 연결된 접속 검사는 클라이언트가 다시 부트스트랩할 수 있을 때만 동작합니다${introduced(ctx, ID)}.`,
        ),
        at.keySpan,
        fixes,
        { tags: ['unnecessary'], ...relatedLines(ctx, at.span, [['metadata.recovery.strategy', ctx.t('re-bootstrapping is turned off here', '여기서 다시 부트스트랩하기를 끕니다')]]), data: { since: CHECKS[ID].since } },
      ),
    );
  },
};
