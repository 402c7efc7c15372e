import { keyValueTable, paragraph, sectionTitle, table } from './notice-layout.ts';
import { COLOUR, FONT, renderPdf, SIZE } from './pdf-document.ts';

/**
 * 空白表格: the form a material of the guide names (e.g. 《出生登记申报表》), to print at home and fill in by hand
 * before coming to the window. It certifies nothing, so it carries no verification code; it says which item and
 * version of the catalogue it belongs to.
 */
export interface BlankFormData {
  /** The form's name without 《》, e.g. 出生登记申报表. */
  title: string;
  /** The department that handles the item. */
  issuer: string;
  itemName: string;
  itemCode: string;
  version: number;
  /** The version's publication: the PDF's date, so one version always gives the same bytes. */
  publishedAt: Date;
  /** Who applies: 个人 asks for an ID number, 法人 for the credit code and the legal representative. */
  applicant: 'person' | 'organisation';
  /** The materials to bring with it, as the guide lists them. */
  materials: { name: string; copies: number; form: string }[];
}

const BLANK = '';

export function blankFormTitle(blankForm: string): string {
  const named = /《([^》]+)》/.exec(blankForm);
  return (named?.[1] ?? blankForm).trim();
}

export async function renderBlankForm(data: BlankFormData): Promise<Buffer> {
  return renderPdf(
    {
      title: data.title,
      issuer: data.issuer,
      issuedAt: data.publishedAt,
      footerNote: `空白表格 · ${data.itemName} · 事项编码 ${data.itemCode} · 第 ${data.version} 版办事指南`,
      keywords: [data.itemCode, `v${data.version}`],
    },
    (doc) => {
      const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
      doc.font(FONT.bold).fontSize(SIZE.xiaoEr).fillColor(COLOUR.ink);
      doc.text(data.title, doc.page.margins.left, doc.page.margins.top, {
        width,
        align: 'center',
        characterSpacing: 2,
      });
      doc.font(FONT.regular).fontSize(SIZE.wu).fillColor(COLOUR.muted);
      doc.text(`申请事项：${data.itemName}　　受理单位：${data.issuer}`, { width, align: 'center' });
      doc.fillColor(COLOUR.ink).moveDown(0.6);

      sectionTitle(doc, '一、申请人信息');
      keyValueTable(
        doc,
        data.applicant === 'person'
          ? [
              { label: '姓名', value: BLANK },
              { label: '公民身份号码', value: BLANK },
              { label: '联系电话', value: BLANK },
              { label: '联系地址', value: BLANK },
              { label: '代办人及证件号', value: '（委托他人代为办理的填写）' },
            ]
          : [
              { label: '单位名称', value: BLANK },
              { label: '统一社会信用代码', value: BLANK },
              { label: '法定代表人', value: BLANK },
              { label: '经办人及联系电话', value: BLANK },
              { label: '住所（经营场所）', value: BLANK },
            ],
      );
      sectionTitle(doc, '二、申请内容');
      keyValueTable(doc, [{ label: '申请事项及理由', value: '\n\n\n\n' }]);
      if (data.materials.length > 0) {
        sectionTitle(doc, '三、随表提交的材料（请在已备齐的材料前打 √）');
        table(
          doc,
          [
            { header: '√', width: 28, align: 'center' },
            { header: '材料名称', width: '*' },
            { header: '形式', width: 80, align: 'center' },
            { header: '份数', width: 40, align: 'center' },
          ],
          data.materials.map((m) => ['□', m.name, m.form, String(m.copies)]),
        );
      }
      sectionTitle(doc, data.materials.length > 0 ? '四、申请人承诺' : '三、申请人承诺');
      paragraph(
        doc,
        '本人（单位）承诺：所填写的内容和提交的材料真实、合法、有效，如有虚假，愿承担相应的法律责任。',
      );
      doc.moveDown(1);
      doc.text('申请人（签名或盖章）：______________　　____年___月___日', { width, align: 'right' });
      doc.moveDown(1.2);
      doc.font(FONT.regular).fontSize(SIZE.wu).fillColor(COLOUR.muted);
      doc.text('以下由窗口填写：收件人 ________　收件日期 ________　办件编号 ______________', {
        width,
      });
      doc.fillColor(COLOUR.ink);
    },
  );
}
