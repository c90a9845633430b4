import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { XMLParser } from 'fast-xml-parser';
import { CustomerService } from '../../bot/adapters/customer-service';
import { OfficialAccountAdapter } from '../../bot/adapters/official-account';
import { WeChatCipher, sha1Signature } from '../../bot/adapters/wechat-crypto';
import { botHttpServer } from '../../bot/http-server';
import type { BotRig } from './bot';
import { startWeChatServer } from './wechat-server';

export const OA = {
  token: 'oa-test-token',
  appId: 'wx0a0a0a0a0a0a0a0a',
  secret: 'oa-secret',
  aesKey: 'abcdefghijklmnopqrstuvwxyz0123456789ABCDEFG',
  account: 'gh_0123456789ab',
};

const parser = new XMLParser({ parseTagValue: false });

/**
 * The Official Account webhook on a real port, with WeChat on the other side: `deliver` posts messages as WeChat
 * does (signed; encrypted in safe mode) and the local WeChat server takes the customer-service messages.
 */
export async function startOfficialAccount(rig: BotRig, replyWithinMs = 4000) {
  const wechat = await startWeChatServer({ appId: OA.appId, secret: OA.secret });
  const cipher = new WeChatCipher(OA.aesKey, OA.appId);
  const adapter = new OfficialAccountAdapter({
    token: OA.token,
    cipher,
    engine: rig.bot.engine,
    store: rig.bot.store,
    customerService: new CustomerService({ apiBase: wechat.baseUrl, appId: OA.appId, secret: OA.secret }),
    replyWithinMs,
    logger: rig.logger,
  });
  const server = botHttpServer({ oaPath: '/wechat', officialAccount: adapter, logger: rig.logger });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/wechat`;

  const signedQuery = () => {
    const timestamp = String(Math.floor(Date.now() / 1000));
    const nonce = randomBytes(6).toString('hex');
    return { timestamp, nonce, signature: sha1Signature(OA.token, timestamp, nonce) };
  };

  /** The XML WeChat sends for a user's message. */
  const messageXml = (openid: string, fields: Record<string, string>) =>
    `<xml><ToUserName><![CDATA[${OA.account}]]></ToUserName><FromUserName><![CDATA[${openid}]]></FromUserName>` +
    `<CreateTime>${fields.CreateTime ?? Math.floor(Date.now() / 1000)}</CreateTime>` +
    Object.entries(fields)
      .filter(([k]) => k !== 'CreateTime')
      .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
      .join('') +
    '</xml>';

  return {
    wechat,
    cipher,
    base,
    signedQuery,
    messageXml,
    /** Posts a message as WeChat does: plaintext, or in safe mode encrypted and signed with msg_signature. */
    async deliver(
      openid: string,
      fields: Record<string, string>,
      opts: { safe?: boolean; signature?: string } = {},
    ) {
      const q = signedQuery();
      const xml = messageXml(openid, fields);
      const params = new URLSearchParams({ ...q, openid });
      let body = xml;
      if (opts.safe) {
        const encrypt = cipher.encrypt(xml);
        params.set('encrypt_type', 'aes');
        params.set('msg_signature', sha1Signature(OA.token, q.timestamp, q.nonce, encrypt));
        body = `<xml><ToUserName><![CDATA[${OA.account}]]></ToUserName><Encrypt><![CDATA[${encrypt}]]></Encrypt></xml>`;
      }
      if (opts.signature) params.set('signature', opts.signature);
      const started = Date.now();
      const res = await fetch(`${base}?${params}`, {
        method: 'POST',
        body,
        headers: { 'Content-Type': 'text/xml' },
      });
      return { status: res.status, body: await res.text(), ms: Date.now() - started };
    },
    /** The text of a passive reply, decrypted in safe mode after checking its signature. */
    replyText(body: string): string {
      const xml = (parser.parse(body) as { xml: Record<string, string> }).xml;
      if (xml.Encrypt) {
        const expected = sha1Signature(OA.token, String(xml.TimeStamp), String(xml.Nonce), xml.Encrypt);
        if (expected !== xml.MsgSignature) throw new Error('reply signature does not match');
        return (
          (parser.parse(cipher.decrypt(xml.Encrypt)) as { xml: Record<string, string> }).xml.Content ?? ''
        );
      }
      return xml.Content ?? '';
    },
    async close() {
      await new Promise((resolve) => server.close(resolve));
      server.closeAllConnections();
      await wechat.close();
    },
  };
}

export function httpGet(url: string): Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    http
      .get(url, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
      })
      .on('error', reject);
  });
}
