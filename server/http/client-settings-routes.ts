import { z } from 'zod';
import type { Config } from '../config';
import { LANGUAGES } from '../i18n';
import type { Routes } from './route';

/** What the mini-program and the bot need to know of this deployment, public and harmless. */
export function clientSettingsRoutes(routes: Routes, config: Config): void {
  routes.add({
    method: 'get',
    path: '/api/v1/client-settings',
    operationId: 'getClientSettings',
    summary:
      'Public settings for the clients: the subscribe-message template to ask for, the upload limit, the languages',
    tags: ['clients'],
    access: 'public',
    response: {
      description: 'The settings',
      schema: z
        .object({
          subscribeTemplateIds: z
            .array(z.string())
            .describe('Pass to wx.requestSubscribeMessage on a tap (empty: nothing to ask)'),
          uploadMaxBytes: z.number().int(),
          languages: z.array(z.enum(LANGUAGES)),
          sessionSeconds: z.number().int(),
        })
        .meta({ id: 'ClientSettings' }),
    },
    handler: async () => ({
      subscribeTemplateIds: config.WECHAT_SUBSCRIBE_TEMPLATE_ID ? [config.WECHAT_SUBSCRIBE_TEMPLATE_ID] : [],
      uploadMaxBytes: config.UPLOAD_MAX_BYTES,
      languages: [...LANGUAGES],
      sessionSeconds: config.SESSION_TTL_SECONDS,
    }),
  });
}
