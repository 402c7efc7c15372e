import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildAcceptanceNotice,
  buildApprovalDecision,
  buildCertificate,
  buildCorrectionNotice,
  buildOneTimeNotice,
  buildRefusalNotice,
} from './documents.factories.ts';
import { hasPdftotext, PDFTOTEXT_MISSING, pageCount, pdfText, squeeze } from './pdf-inspect.ts';
import { type DocumentRequest, renderDocument } from './render.ts';

const CODE = '7K3M9QXR2ZTBH4PW';
const ON_CI = process.env.CI === 'true';

/** Text assertions need pdftotext; skip them locally without it, fail on CI. */
function textOf(pdf: Buffer, skip: (note?: string) => never): string {
  if (!hasPdftotext()) {
    if (ON_CI) throw new Error(PDFTOTEXT_MISSING);
    skip(PDFTOTEXT_MISSING);
  }
  return squeeze(pdfText(pdf));
}

const requests: Array<[string, DocumentRequest, string[]]> = [
  [
    '受理通知书',
    { kind: 'acceptance_notice', data: buildAcceptanceNotice() },
    ['食品经营许可（新办）', '营业执照', '482913', '10个工作日，2026年12月4日前办结'],
  ],
  [
    '一次性告知书',
    { kind: 'one_time_notice', data: buildOneTimeNotice() },
    [
      '复印件未加盖公章',
      '有效期内的健康证明原件及复印件各1份',
      '本告知书一次性告知',
      '第三十二条第一款第（四）项',
    ],
  ],
  [
    '补正通知书',
    { kind: 'correction_notice', data: buildCorrectionNotice() },
    ['经网上预审', '2026年12月7日前登录广东政务服务网', '未标明加工操作区与仓储区的位置和面积'],
  ],
  [
    '不予受理通知书',
    { kind: 'refusal_notice', data: buildRefusalNotice() },
    ['六十日内向佛山市禅城区人民政府申请行政复议', '六个月内依法向佛山市禅城区人民法院提起行政诉讼'],
  ],
  [
    '准予行政许可决定书',
    { kind: 'approval_decision', data: buildApprovalDecision() },
    ['决定准予行政许可', 'JY24406040012345', '2026年12月1日至2031年12月1日'],
  ],
  [
    '食品经营许可证',
    { kind: 'certificate', data: buildCertificate() },
    ['证书编号：JY24406040012345', '佛山市禅城区南风古灶餐饮管理有限公司', '2026年12月1日至2031年12月1日'],
  ],
];

describe.each(requests)('%s', (title, request, phrases) => {
  let pdf: Buffer;
  beforeAll(async () => {
    pdf = await renderDocument(request);
  });

  it('is a one-page PDF/A-2b file under 300 KB', () => {
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(pdf.length).toBeLessThan(300 * 1024);
    const raw = pdf.toString('latin1');
    expect(raw).toContain('/GTS_PDFA1');
    expect(raw).toContain('<pdfaid:part>2</pdfaid:part>');
    expect(pageCount(pdf)).toBe(1);
  });

  it('embeds subsets of Noto Sans SC and no other font', () => {
    const raw = pdf.toString('latin1');
    expect(raw).toMatch(/\/FontFile[23]/);
    const fonts = new Set([...raw.matchAll(/\/BaseFont \/([^\s/]+)/g)].map((m) => m[1]));
    expect(fonts.size).toBeGreaterThan(0);
    for (const font of fonts) expect(font).toMatch(/^[A-Z]{6}\+NotoSansHans-(Regular|Bold)$/);
  });

  it('carries its title, case number and verification code as real text', ({ skip }) => {
    const text = textOf(pdf, skip);
    expect(text).toContain(title.replace(/\s/g, ''));
    expect(text).toContain(request.data.caseNo);
    expect(text).toContain(request.data.documentNo);
    expect(text).toContain('文书核验码：7K3M-9QXR-2ZTB-H4PW');
    expect(text).toContain(`可在https://yimen.chancheng.gov.cn/verify/${CODE}核验本文书真伪`);
    expect(text).toContain(`Verifyathttps://yimen.chancheng.gov.cn/verify/${CODE}`);
    expect(text).toContain('电子印章（演示）');
    for (const phrase of phrases) expect(text).toContain(squeeze(phrase));
  });
});

describe('rendering', () => {
  it('is reproducible: the same data gives the same bytes, a new code a different file', async () => {
    const first = await renderDocument({ kind: 'refusal_notice', data: buildRefusalNotice() });
    const again = await renderDocument({ kind: 'refusal_notice', data: buildRefusalNotice() });
    const other = await renderDocument({
      kind: 'refusal_notice',
      data: buildRefusalNotice({ verificationCode: 'AAAA-BBBB-CCCC-DDDD' }),
    });
    expect(again.equals(first)).toBe(true);
    expect(other.equals(first)).toBe(false);
  });

  it('flows a long materials list onto a second page with the footer on every page', async ({ skip }) => {
    const materials = Array.from({ length: 30 }, (_, i) => ({
      name: `第${i + 1}项申请材料`,
      copies: 1,
      form: 'paper' as const,
    }));
    const pdf = await renderDocument({
      kind: 'acceptance_notice',
      data: buildAcceptanceNotice({ materials }),
    });
    expect(pageCount(pdf)).toBe(2);
    const text = textOf(pdf, skip);
    expect(text).toContain('第1页/共2页');
    expect(text).toContain('第2页/共2页');
    expect(text.split('文书核验码：7K3M-9QXR-2ZTB-H4PW').length - 1).toBe(2);
    expect(text).toContain('第30项申请材料');
  });

  it('frames every page of a certificate whose particulars run long', async () => {
    const particulars = Array.from({ length: 16 }, (_, i) => ({
      label: `登记事项${i + 1}`,
      value: '经营项目说明',
    }));
    const pdf = await renderDocument({ kind: 'certificate', data: buildCertificate({ particulars }) });
    expect(pageCount(pdf)).toBe(2);
  });

  it('prints dates in Shanghai time: 00:30 on 23 November is not the 22nd', async ({ skip }) => {
    const acceptedAt = new Date('2026-11-22T16:30:00Z');
    const pdf = await renderDocument({
      kind: 'acceptance_notice',
      data: buildAcceptanceNotice({ acceptedAt }),
    });
    expect(textOf(pdf, skip)).toContain('受理时间：2026年11月23日00:30');
  });

  it('tells each delivery method in words the applicant can act on', async ({ skip }) => {
    const mail = await renderDocument({
      kind: 'acceptance_notice',
      data: buildAcceptanceNotice({ delivery: { method: 'mail', address: '佛山市禅城区张槎街道某路1号' } }),
    });
    expect(textOf(mail, skip)).toContain('EMS免费寄递，寄至佛山市禅城区张槎街道某路1号');
    const online = await renderDocument({
      kind: 'acceptance_notice',
      data: buildAcceptanceNotice({ delivery: { method: 'online' }, promisedWorkingDays: 0 }),
    });
    const text = textOf(online, skip);
    expect(text).toContain('网上送达');
    expect(text).toContain('即办件，当场办结');
  });

  it('refuses a verification code that is not one', async () => {
    await expect(
      renderDocument({
        kind: 'acceptance_notice',
        data: buildAcceptanceNotice({ verificationCode: 'UUUU-1234' }),
      }),
    ).rejects.toThrow(/not a verification code/);
  });

  it('refuses a whole resident ID number but prints an organisation credit code', async () => {
    await expect(
      renderDocument({
        kind: 'acceptance_notice',
        data: buildAcceptanceNotice({ applicantIdMasked: '11010519491231002X' }),
      }),
    ).rejects.toThrow(/masked/);
    await expect(
      renderDocument({
        kind: 'certificate',
        data: buildCertificate({ holderIdMasked: '914406047314578000' }),
      }),
    ).resolves.toBeInstanceOf(Buffer);
  });

  it('refuses notices with nothing to tell', async () => {
    await expect(
      renderDocument({
        kind: 'one_time_notice',
        data: buildOneTimeNotice({ deficiencies: [], unmetConditions: [] }),
      }),
    ).rejects.toThrow(/at least one/);
    await expect(
      renderDocument({ kind: 'refusal_notice', data: buildRefusalNotice({ reasons: [] }) }),
    ).rejects.toThrow(/at least one reason/);
  });
});
