import { createHash } from 'node:crypto';
import { makeIdNumber } from '@yimen/shared/id-checks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  buildCommitmentItem,
  buildItem,
  COMPLETE_CHECKLIST,
  openWindowCase,
  publishItem,
  registerPerson,
} from '../../../test/factories.ts';
import { buildTestApp, type Session, type TestApp } from '../../../test/helpers.ts';

let t: TestApp;
let admin: Session;
let clerk: Session;
let instant: string;
beforeAll(async () => {
  t = await buildTestApp();
  admin = await t.login('admin');
  clerk = await t.login('clerk');
  instant = await publishItem(t, admin, buildItem({ name: '材料上传事项' }));
});
afterAll(async () => t?.close());

const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n');
const PNG = Buffer.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52,
]);
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46, 0x00]);

interface Part {
  name: string;
  filename?: string;
  type?: string;
  content: Buffer | string;
}

/** A multipart/form-data body written out by hand, as a browser sends it. */
function multipart(parts: Part[]) {
  const boundary = '----YimenTestBoundary7d93a1';
  const chunks: Buffer[] = [];
  for (const p of parts) {
    const file = p.filename === undefined ? '' : `; filename="${p.filename}"`;
    const type = p.type ? `Content-Type: ${p.type}\r\n` : '';
    chunks.push(
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${p.name}"${file}\r\n${type}\r\n`),
    );
    chunks.push(Buffer.from(p.content), Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return {
    payload: Buffer.concat(chunks),
    headers: { 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

const upload = (s: Session, caseId: string, materialId: string, parts: Part[]) =>
  t.request(s, {
    method: 'POST',
    url: `/api/v1/cases/${caseId}/materials/${materialId}/files`,
    ...multipart(parts),
  });
const fileOf = (content: Buffer, filename: string, type: string): Part[] => [
  { name: 'file', filename, type, content },
];

let serial = 0;
/** A citizen with a portal account who applied online for `code`; the case waits in pre-review. */
async function applyOnline(code = instant) {
  serial += 1;
  const phone = `1370000${String(1000 + serial).slice(-4)}`;
  const idNumber = makeIdNumber('440604', '1988-03-03', 200 + serial);
  await t.request(clerk, {
    method: 'POST',
    url: '/api/v1/persons',
    payload: { idNumber, name: '上传 居民', phone },
  });
  const me = await t.loginCitizen(phone);
  const res = await t.request(me, {
    method: 'POST',
    url: '/api/v1/applications',
    payload: { itemCode: code, applicant: { kind: 'person', idNumber } },
  });
  expect(res.statusCode).toBe(201);
  return { me, c: res.json().case };
}

const material = (c: { checklist: { materials: Array<{ id: string }> } }, id: string) =>
  c.checklist.materials.find((m) => m.id === id);
const countFiles = async (caseId: string) =>
  (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM case_files WHERE case_id = $1', [caseId]))
    .rows[0]!.n;

describe('material files (材料上传)', () => {
  it('takes the applicant’s PDF, PNG and JPEG, marks the materials received and gives the same bytes back', async () => {
    const { me, c } = await applyOnline();
    const pdf = await upload(me, c.id, 'form', fileOf(PDF, '申请表.pdf', 'application/pdf'));
    expect(pdf.statusCode).toBe(201);
    const body = pdf.json();
    expect(body.file).toMatchObject({
      materialId: 'form',
      fileName: '申请表.pdf',
      contentType: 'application/pdf',
      size: PDF.length,
      sha256: createHash('sha256').update(PDF).digest('hex'),
    });
    expect(material(body.case, 'form')).toMatchObject({ status: 'received', note: '网上提交' });
    expect(body.case.files).toEqual([expect.objectContaining({ id: body.file.id, materialId: 'form' })]);
    expect(body.case.timeline.at(-1)).toMatchObject({
      action: 'upload_material',
      details: { materialId: 'form', fileName: '申请表.pdf', size: PDF.length },
    });

    // The type is read from the content: a PNG declared as octet-stream is still a PNG.
    const png = await upload(me, c.id, 'id_card', fileOf(PNG, 'front.png', 'application/octet-stream'));
    expect(png.statusCode).toBe(201);
    expect(png.json().file.contentType).toBe('image/png');
    const jpeg = await upload(me, c.id, 'photo', fileOf(JPEG, 'photo.jpg', 'image/jpeg'));
    expect(jpeg.statusCode).toBe(201);
    expect(jpeg.json().file.contentType).toBe('image/jpeg');
    const seen = (await t.request(me, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(seen.files.map((f: { materialId: string }) => f.materialId)).toEqual(['form', 'id_card', 'photo']);
    expect(seen.shortfall.materials).toEqual([]);

    const download = await t.request(clerk, {
      method: 'GET',
      url: `/api/v1/cases/${c.id}/files/${body.file.id}`,
    });
    expect(download.statusCode).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toContain('attachment;');
    expect(download.headers['content-disposition']).toContain(
      "filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8.pdf",
    );
    expect(Buffer.compare(download.rawPayload, PDF)).toBe(0);
    expect(createHash('sha256').update(download.rawPayload).digest('hex')).toBe(body.file.sha256);
    const access = await t.db.query<{ fields: string[]; case_ref: string }>(
      `SELECT fields, case_ref FROM person_access_log WHERE case_ref = $1 AND 'case_file' = ANY(fields)`,
      [c.caseNo],
    );
    expect(access.rows).toHaveLength(1); // the clerk read the applicant's papers; the applicant's own reads are not
    expect(
      (await t.request(me, { method: 'GET', url: `/api/v1/cases/${c.id}/files/${png.json().file.id}` }))
        .rawPayload,
    ).toEqual(PNG);
  });

  it('refuses a text file dressed as a PDF and stores nothing, but audits the refusal', async () => {
    const { me, c } = await applyOnline();
    const fake = await upload(
      me,
      c.id,
      'form',
      fileOf(Buffer.from('not a pdf at all\n'), 'scan.pdf', 'application/pdf'),
    );
    expect(fake.statusCode).toBe(422);
    expect(fake.json().error).toMatchObject({ code: 'unprocessable', field: 'file' });
    expect(fake.json().error.message).toBe(
      '仅支持 PDF、JPG、PNG 文件 / Only PDF, JPG or PNG files are accepted.',
    );
    expect(await countFiles(c.id)).toBe(0);
    const after = (await t.request(me, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(material(after, 'form')).toMatchObject({ status: 'pending' });
    expect(after.timeline.map((e: { action: string }) => e.action)).toEqual(['open']);
    const audit = await t.db.query<{ outcome: string; details: { code: string; declaredType: string } }>(
      `SELECT outcome, details FROM audit_log WHERE action = 'case.upload_material' AND target_id = $1`,
      [c.caseNo],
    );
    expect(audit.rows).toEqual([
      {
        outcome: 'denied',
        details: expect.objectContaining({ code: 'unprocessable', declaredType: 'application/pdf' }),
      },
    ]);
  });

  it('refuses a file over the limit with 413, a request without a file with 400, and an unknown material with 404', async () => {
    const { me, c } = await applyOnline();
    const big = Buffer.concat([PDF, Buffer.alloc(11 * 1_048_576)]);
    const tooBig = await upload(me, c.id, 'form', fileOf(big, 'big.pdf', 'application/pdf'));
    expect(tooBig.statusCode).toBe(413);
    expect(tooBig.json().error).toMatchObject({ code: 'payload_too_large', field: 'file' });
    expect(tooBig.json().error.message).toContain('10 MB');
    const refusals = await t.db.query<{ outcome: string; code: string }>(
      `SELECT outcome, details->>'code' AS code FROM audit_log WHERE action = 'case.upload_material' AND target_id = $1`,
      [c.caseNo],
    );
    expect(refusals.rows).toEqual([{ outcome: 'denied', code: 'payload_too_large' }]);

    const noFile = await upload(me, c.id, 'form', [{ name: 'note', content: 'hello' }]);
    expect(noFile.statusCode).toBe(400);
    expect(noFile.json().error.field).toBe('file');
    const json = await t.request(me, {
      method: 'POST',
      url: `/api/v1/cases/${c.id}/materials/form/files`,
      payload: { file: 'x' },
    });
    expect(json.statusCode).toBe(400);
    expect(json.json().error.field).toBe('file');

    const unknown = await upload(me, c.id, 'passport', fileOf(PDF, 'a.pdf', 'application/pdf'));
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.field).toBe('materialId');
    expect(await countFiles(c.id)).toBe(0);
  });

  it('keeps other people out, and takes files only while the case is being checked', async () => {
    const { c } = await applyOnline();
    const { me: someoneElse } = await applyOnline();
    const theirs = await upload(someoneElse, c.id, 'form', fileOf(PDF, 'a.pdf', 'application/pdf'));
    expect(theirs.statusCode).toBe(403);
    expect(await countFiles(c.id)).toBe(0);
    const gridworker = await t.login('gridworker');
    expect((await upload(gridworker, c.id, 'form', fileOf(PDF, 'a.pdf', 'application/pdf'))).statusCode).toBe(
      403,
    );

    // The window scans paper while it checks; a clerk's own judgement of a material stands.
    const commitment = await publishItem(t, admin, buildCommitmentItem({ name: '扫描件事项' }));
    const idNumber = await registerPerson(t, clerk, '窗口 居民', '1970-02-02');
    const atWindow = await openWindowCase(t, clerk, commitment, idNumber);
    await t.request(clerk, {
      method: 'PATCH',
      url: `/api/v1/cases/${atWindow.id}/checklist`,
      payload: { materials: [{ id: 'form', status: 'defective', note: '缺少签名' }] },
    });
    const scan = await upload(clerk, atWindow.id, 'id_card', fileOf(JPEG, 'id.jpg', 'image/jpeg'));
    expect(scan.statusCode).toBe(201);
    expect(material(scan.json().case, 'id_card')).toMatchObject({ status: 'received', note: '扫描件' });
    const again = await upload(clerk, atWindow.id, 'form', fileOf(PDF, 'form.pdf', 'application/pdf'));
    expect(material(again.json().case, 'form')).toMatchObject({ status: 'defective', note: '缺少签名' });

    await t.request(clerk, {
      method: 'PATCH',
      url: `/api/v1/cases/${atWindow.id}/checklist`,
      payload: COMPLETE_CHECKLIST,
    });
    await t.request(clerk, {
      method: 'POST',
      url: `/api/v1/cases/${atWindow.id}/actions/accept`,
      payload: {},
    });
    const late = await upload(clerk, atWindow.id, 'form', fileOf(PDF, 'late.pdf', 'application/pdf'));
    expect(late.statusCode).toBe(409);
    expect(late.json().error.code).toBe('conflict');
    expect(await countFiles(atWindow.id)).toBe(2);

    const download = await t.request(gridworker, {
      method: 'GET',
      url: `/api/v1/cases/${atWindow.id}/files/${scan.json().file.id}`,
    });
    expect(download.statusCode).toBe(403);
  });

  it('documents the routes in the OpenAPI description', async () => {
    const spec = (await t.app.inject({ method: 'GET', url: '/openapi.json' })).json();
    const uploadOp = spec.paths['/api/v1/cases/{id}/materials/{materialId}/files'].post;
    expect(Object.keys(uploadOp.requestBody.content)).toEqual(['multipart/form-data']);
    expect(Object.keys(uploadOp.responses)).toEqual(expect.arrayContaining(['201', '409', '413', '422']));
    expect(spec.paths['/api/v1/cases/{id}/files/{fileId}'].get).toBeDefined();
    expect(spec.paths['/api/v1/cases/{id}/delivery'].put.requestBody).toBeDefined();
  });
});

describe('removing a wrong upload (删除已上传的文件)', () => {
  const remove = (s: Session | null, caseId: string, fileId: string) =>
    t.request(s, { method: 'DELETE', url: `/api/v1/cases/${caseId}/files/${fileId}` });
  const liveFiles = async (caseId: string) =>
    (
      await t.db.query<{ id: string }>(
        'SELECT id FROM case_files WHERE case_id = $1 AND removed_at IS NULL ORDER BY uploaded_at, id',
        [caseId],
      )
    ).rows.map((r) => r.id);

  it('lets the applicant take back their own file before pre-review decides, and the material is missing again', async () => {
    const { me, c } = await applyOnline();
    const wrong = (await upload(me, c.id, 'form', fileOf(PNG, '拍错了.png', 'image/png'))).json().file;
    const right = (await upload(me, c.id, 'form', fileOf(PDF, '申请表.pdf', 'application/pdf'))).json().file;

    const removed = await remove(me, c.id, wrong.id);
    expect(removed.statusCode, removed.body).toBe(200);
    const after = removed.json().case;
    expect(after.files.map((f: { id: string }) => f.id)).toEqual([right.id]);
    expect(after.files[0].uploadedByYou).toBe(true);
    const asClerk = (await t.request(clerk, { method: 'GET', url: `/api/v1/cases/${c.id}` })).json().case;
    expect(asClerk.files[0].uploadedByYou).toBe(false);
    expect(material(after, 'form')).toMatchObject({ status: 'received' });
    expect(after.timeline.at(-1)).toMatchObject({
      action: 'remove_material_file',
      details: { materialId: 'form', fileName: '拍错了.png' },
    });
    // The removed file is kept for the record but no longer downloads.
    expect(await countFiles(c.id)).toBe(2);
    expect(
      (await t.request(me, { method: 'GET', url: `/api/v1/cases/${c.id}/files/${wrong.id}` })).statusCode,
    ).toBe(404);

    const last = (await remove(me, c.id, right.id)).json().case;
    expect(material(last, 'form')).toMatchObject({ status: 'pending' });
    expect(last.shortfall.materials.map((m: { id: string }) => m.id)).toContain('form');
    expect((await remove(me, c.id, right.id)).json().error).toMatchObject({
      code: 'not_found',
      field: 'fileId',
    });
  });

  it('refuses anyone but the uploader, a clerk’s scan, a decided application and bad input, changing nothing', async () => {
    const { me, c } = await applyOnline();
    const mine = (await upload(me, c.id, 'form', fileOf(PDF, '申请表.pdf', 'application/pdf'))).json().file;
    const scan = (await upload(clerk, c.id, 'id_card', fileOf(JPEG, 'scan.jpg', 'image/jpeg'))).json().file;
    const { me: stranger } = await applyOnline();
    const before = await liveFiles(c.id);

    expect((await remove(stranger, c.id, mine.id)).statusCode).toBe(403);
    expect((await remove(clerk, c.id, mine.id)).statusCode).toBe(403);
    expect((await remove(null, c.id, mine.id)).statusCode).toBe(401);
    const clerks = await remove(me, c.id, scan.id);
    expect(clerks.statusCode).toBe(403);
    expect(clerks.json().error.field).toBe('fileId');
    const bad = await t.request(me, { method: 'DELETE', url: `/api/v1/cases/${c.id}/files/not-a-uuid` });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.field).toContain('fileId');
    expect(await liveFiles(c.id)).toEqual(before);

    await t.request(clerk, {
      method: 'PATCH',
      url: `/api/v1/cases/${c.id}/checklist`,
      payload: COMPLETE_CHECKLIST,
    });
    expect(
      (
        await t.request(clerk, {
          method: 'POST',
          url: `/api/v1/cases/${c.id}/actions/prereview_accept`,
          payload: {},
        })
      ).statusCode,
    ).toBe(200);
    expect((await remove(me, c.id, mine.id)).statusCode).toBe(409);
    expect(await liveFiles(c.id)).toEqual(before);
  });
});
