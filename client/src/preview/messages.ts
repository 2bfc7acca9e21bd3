// Validation of what the webview posts, before anything touches a document. zod/mini keeps the client bundle small.
import * as z from 'zod/mini';
import { SIMULATOR_KEYS } from '#core';

const keySchema = z.string().check(z.refine((k: string) => (SIMULATOR_KEYS as readonly string[]).includes(k), 'not a key the simulator changes'));
const valueSchema = z.string().check(z.maxLength(500), z.refine((v: string) => !/[\r\n]/.test(v), 'one line only'));

export const webviewMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('apply'),
    uri: z.string().check(z.minLength(1), z.maxLength(4096)),
    // Each key once: two changes of one key would be two overlapping edits of the same value.
    changes: z.array(z.object({ key: keySchema, value: valueSchema })).check(
      z.minLength(1),
      z.maxLength(SIMULATOR_KEYS.length),
      z.refine((cs: { key: string }[]) => new Set(cs.map((c) => c.key)).size === cs.length, 'each key at most once'),
    ),
  }),
]);

export type ValidWebviewMessage = z.infer<typeof webviewMessageSchema>;

export function parseWebviewMessage(m: unknown): ValidWebviewMessage | undefined {
  const r = webviewMessageSchema.safeParse(m);
  return r.success ? r.data : undefined;
}
