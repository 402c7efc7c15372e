import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { buildCommitmentItem, buildItem } from '../../../../test/factories.ts';
import { schemaViolation } from '../definition-validator.ts';
import type { ItemDefinitionT } from '../item-definition.ts';
import { generateSyntheticItems } from '../synthetic-items.ts';
import { readCatalogueWorkbook } from './read.ts';
import { writeCatalogueWorkbook } from './write.ts';

const item = (definition: ItemDefinitionT) => ({ definition, status: 'draft', version: null });

/** Every optional field and list filled, to prove nothing is lost on the way through cells. */
function fullItem(): ItemDefinitionT {
  const def = buildCommitmentItem({
    parentCode: 'TEST-PARENT',
    level: 'handling',
    handlingKind: 'change',
    serviceObjects: ['2', '5'],
    legalBasis: ['《条例一》第三条', '《条例二》'],
    keywords: ['开饭店', '餐饮'],
    fees: [{ name: '工本费', amountYuan: 12.5, basis: '粤价〔2020〕1号' }],
    verifications: [
      {
        id: 'active',
        predicate: 'business_active',
        system: 'business',
        description: '企业存续',
        expected: true,
        subject: 'enterprise',
      },
      {
        id: 'rep',
        predicate: 'age_over_18',
        system: 'household',
        description: '法人成年',
        expected: false,
        subject: 'legal_representative',
      },
    ],
    trustFirst: true,
    deliveryMethods: ['pickup', 'mail', 'online'],
  });
  def.materials[0] = {
    ...def.materials[0]!,
    necessity: 'conditional',
    condition: '委托办理的',
    sourceNote: '电子证照调取',
    blankForm: '《申请表》',
    sample: '示例',
    note: '备注：一行\n第二行',
    form: 'paper_or_electronic',
    originalOrCopy: 'original_and_copy',
    source: 'government',
  };
  return def;
}

describe('catalogue workbook', () => {
  it('gives back identical definitions after writing and reading', async () => {
    const synthetic = generateSyntheticItems([], { districtCode: '440604' }).filter((_, i) => i % 50 === 0);
    const defs = [fullItem(), buildItem(), ...synthetic];
    const file = await writeCatalogueWorkbook(defs.map(item));
    const parsed = await readCatalogueWorkbook(file);
    expect(parsed.definitions).toEqual(defs);
    for (const def of parsed.definitions) expect(schemaViolation(def)).toBeNull();
  });

  it('traces a path inside a definition back to its cell', async () => {
    const defs = [buildItem(), buildCommitmentItem()];
    const parsed = await readCatalogueWorkbook(await writeCatalogueWorkbook(defs.map(item)));
    expect(parsed.locate(1, 'name')).toBe('事项!B3');
    expect(parsed.locate(1, 'materials.2.name')).toBe('申请材料!C7');
    expect(parsed.locate(1, 'stages.1.nodes.0.limitDays')).toBe('办理流程!G4');
    expect(parsed.locate(0, 'materials.1')).toBe('申请材料!A3');
  });

  it('reads labels or stored values and points at a cell it cannot use', async () => {
    const file = await writeCatalogueWorkbook([item(buildItem())]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('事项')!;
    sheet.getCell('J2').value = 'instant'; // 办件类型 as the stored value instead of 即办件
    sheet.getCell('K2').value = '十'; // 法定办结时限 not a number
    const parsed = await readCatalogueWorkbook(Buffer.from(await wb.xlsx.writeBuffer()));
    expect(parsed.definitions[0]!.handlingType).toBe('instant');
    const broken = schemaViolation(parsed.definitions[0]);
    expect(broken?.field).toBe('legalLimitDays');
    expect(parsed.locate(0, broken!.field)).toBe('事项!K2');
  });

  it('refuses rows of unknown items and files that are not workbooks', async () => {
    const file = await writeCatalogueWorkbook([item(buildItem())]);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file as unknown as ArrayBuffer);
    wb.getWorksheet('申请材料')!.getCell('A3').value = 'NO-SUCH-CODE';
    await expect(readCatalogueWorkbook(Buffer.from(await wb.xlsx.writeBuffer()))).rejects.toMatchObject({
      field: '申请材料!A3',
    });
    await expect(readCatalogueWorkbook(Buffer.from('not a zip'))).rejects.toMatchObject({ field: 'file' });
  });
});
