// plugin-startup-error: a plugin the file names refuses to start with this config: a key it requires is
// missing (the Schema Registry serializers without schema.registry.url, USER_INFO without
// basic.auth.user.info, Apicurio without apicurio.registry.url …) or two keys it will not take together
// are both set. It throws while KafkaProducer is being built, which fails with
// KafkaException("Failed to construct kafka producer") caused by the plugin's exception (the catalog
// records each exception and where it was read).
import { javaTrim, pluginById, type PluginSlot } from '#core';
import type { Finding } from '../types';
import { finding, lastEntry, relatedLines, shortClass, type Rule } from './context';

export const pluginStartupError: Rule = {
  codes: ['plugin-startup-error'],
  check(ctx, out: Finding[]) {
    const seen = new Set<string>();
    for (const [id, slots] of ctx.plugins) {
      const plugin = pluginById(id);
      if (!plugin || slots.length === 0) continue;
      const namingSlot = slots[slots.length - 1]!;
      const className = plugin.classes.find((c) => c.role !== 'deserializer' && c.slots.includes(namingSlot))?.name ?? plugin.name;
      const who = `${shortClass(className)} (${namingSlot})`;
      const value = (k: string): string | undefined => ctx.orig.values.get(k);
      // requirements that share a condition (OAUTHBEARER needs three keys) make one finding
      const groups = new Map<string, { reqs: NonNullable<typeof plugin.requires>; }>();
      for (const req of plugin.requires ?? []) {
        if (req.slot && !slots.includes(req.slot as PluginSlot)) continue;
        if (req.when) {
          const v = value(req.when.key);
          if (v === undefined || !req.when.equals.includes(v)) continue;
        }
        const have = (k: string | undefined): boolean => {
          if (!k) return false;
          const v = value(k);
          return v !== undefined && (!req.when || javaTrim(v) !== '');
        };
        if (have(req.key) || have(req.orKey)) continue;
        const id = `${req.when?.key ?? ''}=${req.when?.equals.join('|') ?? ''}`;
        const g = groups.get(id) ?? { reqs: [] };
        g.reqs.push(req);
        groups.set(id, g);
      }
      for (const { reqs } of groups.values()) {
        const req = reqs[0]!;
        const keys = reqs.map((r) => r.key);
        const dedupe = `r|${keys.join(',')}|${req.when?.key ?? ''}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        const at = (req.when ? lastEntry(ctx, req.when.key) : undefined) ?? lastEntry(ctx, req.slot ?? namingSlot);
        if (!at) continue; // the naming value came from the tool, not the file
        const because = req.when ? ctx.t(` because ${req.when.key}=${req.when.equals[0]}`, `(${req.when.key}=${req.when.equals[0]}이므로)`) : '';
        const list = keys.map((k) => `'${k}'`).join(ctx.t(' and ', ', '));
        out.push(finding('plugin-startup-error', 'error',
          ctx.t(
            `Add ${list}${because}: ${who} throws while the producer is built without ${keys.length > 1 ? 'them' : 'it'} — ${req.exception}`,
            `${list}를 추가하세요${because}: 없으면 프로듀서를 만들 때 ${who}가 예외를 던집니다 — ${req.exception}`,
          ),
          at.entry.keySpan, [],
          { data: { plugin: id, missing: keys, source: req.source.where }, ...relatedLines(ctx, at.entry.span, [[namingSlot, ctx.t(`${shortClass(className)} is named here`, `여기서 ${shortClass(className)}을(를) 지정합니다`)]]) },
        ));
      }
      for (const c of plugin.conflicts ?? []) {
        const [a, b] = c.keys;
        const va = value(a);
        const vb = value(b);
        if (va === undefined || vb === undefined || va === '' || vb === '') continue;
        const dedupe = `c|${a}|${b}`;
        if (seen.has(dedupe)) continue;
        seen.add(dedupe);
        const ea = lastEntry(ctx, a);
        const eb = lastEntry(ctx, b);
        const at = ea && eb ? (ea.index > eb.index ? ea : eb) : ea ?? eb;
        if (!at) continue;
        const other = at === ea ? b : a;
        out.push(finding('plugin-startup-error', 'error',
          ctx.t(
            `Keep only one of '${a}' and '${b}': ${who} refuses both — ${c.exception}`,
            `'${a}'와 '${b}' 중 하나만 남기세요: ${who}는 둘 다 있으면 거부합니다 — ${c.exception}`,
          ),
          at.entry.keySpan, [],
          { data: { plugin: id, conflict: [a, b], source: c.source.where }, ...relatedLines(ctx, at.entry.span, [[other, ctx.t(`${other} is set here`, `여기서 ${other}를 설정합니다`)]]) },
        ));
      }
    }
  },
};
