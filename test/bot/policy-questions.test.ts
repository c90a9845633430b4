import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadQuestions } from '../../bot/engine/common-questions';
import { sayIn } from '../../bot/engine/i18n';
import { PolicyAnswers } from '../../bot/engine/policy-answers';
import { startTestApp, type TestApp } from '../support/harness';

/**
 * The question set (policy-questions.yaml): real-sounding questions with typos, dialect and 口语, each with the
 * common question that should answer it. The share answered with the right topic is printed and must be ≥ 90 %.
 */
const set = parse(fs.readFileSync(path.join(__dirname, 'policy-questions.yaml'), 'utf8')) as {
  place: string;
  questions: { ask: string; topic: string }[];
};

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => app?.close());

describe('policy answers', () => {
  const answers = new PolicyAnswers(loadQuestions(path.join(__dirname, '..', '..', 'flows')));

  it('has at least 60 questions in the set', () => {
    expect(set.questions.length).toBeGreaterThanOrEqual(60);
  });

  it('answers at least 90 % of the question set with the right topic', async () => {
    const policy = (await app.http.get(`/api/v1/jurisdictions/${set.place}/policy`).expect(200)).body;
    const say = sayIn('zh-CN');
    const misses: string[] = [];
    for (const q of set.questions) {
      const found = answers.answer(set.place, q.ask, policy, 'zh-CN', say);
      if (found?.entry.id !== q.topic)
        misses.push(`${q.ask} → ${found?.entry.id ?? 'none'} (want ${q.topic})`);
    }
    const rate = (set.questions.length - misses.length) / set.questions.length;
    console.log(
      `policy question set: ${set.questions.length - misses.length}/${set.questions.length} ` +
        `(${(rate * 100).toFixed(1)} %) answered with the right topic${misses.length ? `\n${misses.join('\n')}` : ''}`,
    );
    expect(rate).toBeGreaterThanOrEqual(0.9);
  });

  it('fills every answer from the place’s policy, leaving no placeholder, and names its source', async () => {
    for (const place of answers.places()) {
      const policy = (await app.http.get(`/api/v1/jurisdictions/${place}/policy`).expect(200)).body;
      for (const q of set.questions) {
        const found = answers.answer(place, q.ask, policy, 'zh-CN', sayIn('zh-CN'));
        if (found) expect(found.text).not.toMatch(/\{[a-zA-Z_.]+\}/);
      }
    }
  });

  it('says it does not know rather than guess at questions outside social assistance', () => {
    for (const q of ['今天天气怎么样', '你叫什么名字', '医保报销比例是多少'])
      expect(answers.match(set.place, q)).toBeUndefined();
  });
});
