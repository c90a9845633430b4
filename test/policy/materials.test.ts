import { householdSchema, type HouseholdInput } from '../../server/policy/household';
import { requiredMaterials } from '../../server/policy/materials';
import { loadPacks } from '../../server/policy/packs';

const packs = loadPacks();
const asOf = '2026-03-01';
const household = (input: Partial<HouseholdInput> = {}) =>
  householdSchema.parse({ residenceArea: 'rural', members: [{ relation: 'self', age: 50 }], ...input });

function pack(id: string) {
  const p = packs.get(id);
  if (!p) throw new Error(id);
  return p;
}

describe('requiredMaterials', () => {
  test('Chaohu: the unconditional items, telephone bills left to staff', () => {
    const r = requiredMaterials(pack('chaohu'), household(), { asOf });
    expect(r.listed.status).toBe('listed');
    expect(r.required.filter((m) => m.certainty === 'required').map((m) => m.id)).toEqual([
      'application_form',
      'application_authorization',
      'income_assets_declaration',
      'household_register',
      'identity_card',
    ]);
    expect(r.required.find((m) => m.id === 'communication_bills')?.certainty).toBe('ask_staff');
  });

  test('each item says why it is needed and which clause requires it', () => {
    const r = requiredMaterials(pack('chaohu'), household({ relatedToStaff: true }), { asOf });
    const form = r.required.find((m) => m.id === 'relatives_registration');
    expect(form?.reason['zh-CN']).toContain('近亲属');
    expect(form?.source).toMatchObject({ document: '000' });
    expect(form?.ruleId).toBe('materials.items.relatives_registration');
  });

  test('conditions: disability and illness add their certificates, only for the member facts given', () => {
    const ids = (h: ReturnType<typeof household>) =>
      requiredMaterials(pack('chaohu'), h, { asOf }).required.map((m) => m.id);
    expect(ids(household())).not.toContain('disability_certificate');
    const sick = household({ members: [{ relation: 'self', age: 50, seriousIllness: true }] });
    expect(ids(sick)).toContain('medical_certificate');
    expect(ids(sick)).not.toContain('medical_receipts');
    const disabled = household({
      members: [
        { relation: 'self', age: 9 },
        { relation: 'parent', age: 40, disability: { grade: 4, kind: 'hearing' } },
      ],
    });
    expect(ids(disabled)).toContain('disability_certificate');
  });

  test('Dengkou never asks for what the government looks up itself', () => {
    const r = requiredMaterials(
      pack('dengkou'),
      household({ members: [{ relation: 'self', age: 30, disability: { grade: 1, kind: 'visual' } }] }),
      { asOf },
    );
    expect(r.required.map((m) => m.id)).toEqual(['honesty_declaration', 'verification_authorization']);
    expect(r.lookedUpByGovernment.map((m) => m.id)).toEqual([
      'household_register',
      'identity_card',
      'disability_certificate',
    ]);
  });

  test('items tied to programs are left out when those programs are not pursued', () => {
    const yichun = pack('yichun');
    const all = requiredMaterials(yichun, household(), { asOf }).required.map((m) => m.id);
    expect(all).toContain('social_security_card');
    const temporaryOnly = requiredMaterials(yichun, household(), { asOf, programs: ['temporary'] });
    expect(temporaryOnly.required.map((m) => m.id)).not.toContain('social_security_card');
  });

  test('a place whose document lists no materials says so', () => {
    expect(requiredMaterials(pack('jiamusi'), household(), { asOf }).listed.status).toBe('not_provided');
  });
});
