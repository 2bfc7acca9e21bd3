// Validation of what the webview posts, before anything touches a document.
import { z } from 'zod';
import { SIMULATOR_KEYS } from '../../../server/src/simulator/keys';

const keySchema = z.string().refine((k) => (SIMULATOR_KEYS as readonly string[]).includes(k), 'not a key the simulator changes');
const valueSchema = z.string().max(500).refine((v) => !/[\r\n]/.test(v), 'one line only');

export const webviewMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('apply'),
    uri: z.string().min(1).max(4096),
    changes: z.array(z.object({ key: keySchema, value: valueSchema })).min(1).max(SIMULATOR_KEYS.length),
  }),
]);

export type ValidWebviewMessage = z.infer<typeof webviewMessageSchema>;

export function parseWebviewMessage(m: unknown): ValidWebviewMessage | undefined {
  const r = webviewMessageSchema.safeParse(m);
  return r.success ? r.data : undefined;
}
