// Validation of what the webview posts, before anything touches a document. zod/mini keeps the client bundle small.
import * as z from 'zod/mini';
import { SIMULATOR_KEYS } from '../../../server/src/simulator/keys';

const keySchema = z.string().check(z.refine((k: string) => (SIMULATOR_KEYS as readonly string[]).includes(k), 'not a key the simulator changes'));
const valueSchema = z.string().check(z.maxLength(500), z.refine((v: string) => !/[\r\n]/.test(v), 'one line only'));

export const webviewMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  z.object({
    type: z.literal('apply'),
    uri: z.string().check(z.minLength(1), z.maxLength(4096)),
    changes: z.array(z.object({ key: keySchema, value: valueSchema })).check(z.minLength(1), z.maxLength(SIMULATOR_KEYS.length)),
  }),
]);

export type ValidWebviewMessage = z.infer<typeof webviewMessageSchema>;

export function parseWebviewMessage(m: unknown): ValidWebviewMessage | undefined {
  const r = webviewMessageSchema.safeParse(m);
  return r.success ? r.data : undefined;
}
