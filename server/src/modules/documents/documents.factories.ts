import type { AcceptanceNoticeData } from './acceptance-notice.ts';
import type { ApprovalDecisionData } from './approval-decision.ts';
import type { CertificateData } from './certificate.ts';
import type { CorrectionNoticeData } from './correction-notice.ts';
import type { DocumentBase, MaterialDeficiency } from './document-types.ts';
import type { OneTimeNoticeData } from './one-time-notice.ts';
import type { RefusalNoticeData } from './refusal-notice.ts';

/** Test factories: realistic Chancheng data, every field overridable. */

const ISSUER = '佛山市禅城区行政服务中心';

export function buildBase(overrides: Partial<DocumentBase> = {}): DocumentBase {
  return {
    issuer: ISSUER,
    documentNo: '禅行服受字〔2026〕1024号',
    caseNo: 'CC20261122000123',
    issuedAt: new Date('2026-11-22T02:05:00Z'),
    verificationCode: '7K3M-9QXR-2ZTB-H4PW',
    verifyBaseUrl: 'https://yimen.chancheng.gov.cn',
    ...overrides,
  };
}

export function buildAcceptanceNotice(overrides: Partial<AcceptanceNoticeData> = {}): AcceptanceNoticeData {
  return {
    ...buildBase(),
    applicantName: '陈小梅',
    applicantIdMasked: '440604********2348',
    itemName: '食品经营许可（新办）',
    acceptedAt: new Date('2026-11-22T02:03:00Z'),
    promisedDate: new Date('2026-12-04T09:00:00Z'),
    promisedWorkingDays: 10,
    materials: [
      { name: '食品经营许可申请书', copies: 1, originalOrCopy: 'original', form: 'paper' },
      { name: '营业执照', copies: 1, originalOrCopy: 'copy', form: 'paper' },
      { name: '法定代表人（负责人）居民身份证', copies: 1, originalOrCopy: 'copy', form: 'paper' },
      { name: '与食品经营相适应的主要设备设施布局、操作流程等文件', copies: 1, form: 'electronic' },
      {
        name: '食品安全自查、从业人员健康管理、进货查验记录等食品安全管理制度',
        copies: 1,
        originalOrCopy: 'original',
        form: 'paper_or_electronic',
      },
    ],
    delivery: {
      method: 'pickup',
      pickupCode: '482913',
      address: '禅城区行政服务中心一楼综合窗口（岭南大道北111号）',
    },
    contact: {
      phone: '0757-83030000',
      office: '禅城区行政服务中心综合窗口 8 号',
      address: '佛山市禅城区岭南大道北111号',
    },
    legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（五）项',
    ...overrides,
  };
}

const deficiencies: MaterialDeficiency[] = [
  {
    name: '营业执照',
    problem: 'defective',
    reason: '复印件未加盖公章，经营范围未含食品销售',
    bring: '办理经营范围变更后，提交加盖公章的营业执照复印件1份',
  },
  {
    name: '食品安全管理人员健康证明',
    problem: 'missing',
    reason: '未提交',
    bring: '有效期内的健康证明原件及复印件各1份',
  },
  {
    name: '经营场所平面布局图',
    problem: 'defective',
    reason: '未标明加工操作区与仓储区的位置和面积',
    bring: '重新绘制并标明各功能区的布局图1份',
  },
];

export function buildOneTimeNotice(overrides: Partial<OneTimeNoticeData> = {}): OneTimeNoticeData {
  return {
    ...buildBase({ documentNo: '禅行服告字〔2026〕318号' }),
    applicantName: '陈小梅',
    applicantIdMasked: '440604********2348',
    itemName: '食品经营许可（新办）',
    appliedAt: new Date('2026-11-22T02:03:00Z'),
    deficiencies,
    unmetConditions: ['经营场所须与住宅分隔，现场照片显示操作间与居住区相通'],
    contact: { phone: '0757-83030000', office: '禅城区行政服务中心综合窗口 8 号' },
    ...overrides,
  };
}

export function buildCorrectionNotice(overrides: Partial<CorrectionNoticeData> = {}): CorrectionNoticeData {
  return {
    ...buildBase({ documentNo: '禅行服补字〔2026〕77号' }),
    applicantName: '佛山市禅城区南风古灶餐饮管理有限公司',
    applicantIdMasked: '91440604MA4UQ8X21K',
    itemName: '公共场所卫生许可（新办）',
    submittedAt: new Date('2026-11-21T13:42:00Z'),
    deficiencies: deficiencies.slice(1),
    unmetConditions: [],
    deadline: new Date('2026-12-07T15:59:59Z'),
    portal: '广东政务服务网',
    contact: { phone: '0757-83030000' },
    ...overrides,
  };
}

export function buildRefusalNotice(overrides: Partial<RefusalNoticeData> = {}): RefusalNoticeData {
  return {
    ...buildBase({ documentNo: '禅行服不受字〔2026〕12号' }),
    applicantName: '陈小梅',
    applicantIdMasked: '440604********2348',
    itemName: '药品零售企业经营许可（新办）',
    appliedAt: new Date('2026-11-22T02:03:00Z'),
    reasons: ['申请事项依法不属于本机关职权范围（药品零售企业经营许可由佛山市市场监督管理局实施）。'],
    legalBasis: '《中华人民共和国行政许可法》第三十二条第一款第（二）项',
    competentAuthority: '佛山市市场监督管理局',
    materialsReturned: true,
    reviewBody: '佛山市禅城区人民政府',
    court: '佛山市禅城区人民法院',
    contact: { phone: '0757-83030000' },
    ...overrides,
  };
}

const foodParticulars = [
  { label: '经营场所', value: '佛山市禅城区祖庙街道福贤路 23 号首层' },
  { label: '主体业态', value: '餐饮服务经营者（小型餐馆）' },
  { label: '经营项目', value: '热食类食品制售；冷食类食品制售（不含生食类）' },
];

export function buildApprovalDecision(overrides: Partial<ApprovalDecisionData> = {}): ApprovalDecisionData {
  return {
    ...buildBase({ issuer: '佛山市禅城区市场监督管理局', documentNo: '禅市监许准字〔2026〕2231号' }),
    applicantName: '佛山市禅城区南风古灶餐饮管理有限公司',
    applicantIdMasked: '91440604MA4UQ8X21K',
    itemName: '食品经营许可（新办）',
    appliedAt: new Date('2026-11-22T02:03:00Z'),
    resultName: '食品经营许可证',
    resultNo: 'JY24406040012345',
    validFrom: new Date('2026-11-30T16:00:00Z'),
    validUntil: new Date('2031-11-30T16:00:00Z'),
    particulars: foodParticulars,
    delivery: { method: 'mail', address: '佛山市禅城区祖庙街道福贤路 23 号 陈小梅 138****5521' },
    contact: { phone: '0757-83030000' },
    ...overrides,
  };
}

export function buildCertificate(overrides: Partial<CertificateData> = {}): CertificateData {
  return {
    ...buildBase({ issuer: '佛山市禅城区市场监督管理局', documentNo: '禅市监许准字〔2026〕2231号' }),
    resultName: '食品经营许可证',
    certificateNo: 'JY24406040012345',
    holderName: '佛山市禅城区南风古灶餐饮管理有限公司',
    holderIdMasked: '91440604MA4UQ8X21K',
    itemName: '食品经营许可（新办）',
    particulars: [{ label: '法定代表人', value: '陈小梅' }, ...foodParticulars],
    validFrom: new Date('2026-11-30T16:00:00Z'),
    validUntil: new Date('2031-11-30T16:00:00Z'),
    ...overrides,
  };
}
