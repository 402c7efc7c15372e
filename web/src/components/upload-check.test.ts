import { describe, expect, it } from 'vitest';
import { formatFileSize, MAX_UPLOAD_BYTES, uploadProblem } from './upload-check.ts';

const file = (name: string, type: string, size = 2048) => ({ name, type, size });

describe('upload check', () => {
  it('takes PDF, JPG and PNG files', () => {
    expect(uploadProblem(file('申请表.pdf', 'application/pdf'))).toBeNull();
    expect(uploadProblem(file('身份证.JPG', 'image/jpeg'))).toBeNull();
    expect(uploadProblem(file('户口本.png', 'image/png'))).toBeNull();
  });

  it('refuses other types, whatever the name says', () => {
    expect(uploadProblem(file('申请表.docx', 'application/vnd.openxmlformats'))).toBe('type');
    expect(uploadProblem(file('photo.gif', 'image/gif'))).toBe('type');
    expect(uploadProblem(file('renamed.pdf', 'application/zip'))).toBe('type');
  });

  it('judges a file without a browser type by its extension', () => {
    expect(uploadProblem(file('scan.jpeg', ''))).toBeNull();
    expect(uploadProblem(file('scan.heic', ''))).toBe('type');
    expect(uploadProblem(file('README', ''))).toBe('type');
  });

  it('allows exactly 10 MB and not a byte more, and no empty file', () => {
    expect(uploadProblem(file('a.pdf', 'application/pdf', MAX_UPLOAD_BYTES))).toBeNull();
    expect(uploadProblem(file('a.pdf', 'application/pdf', MAX_UPLOAD_BYTES + 1))).toBe('size');
    expect(uploadProblem(file('a.pdf', 'application/pdf', 0))).toBe('empty');
  });

  it('reports the type before the size', () => {
    expect(uploadProblem(file('film.mp4', 'video/mp4', 50 * MAX_UPLOAD_BYTES))).toBe('type');
  });

  it('writes sizes as people read them', () => {
    expect(formatFileSize(512)).toBe('512 B');
    expect(formatFileSize(876_544)).toBe('856 KB');
    expect(formatFileSize(3_565_158)).toBe('3.4 MB');
    expect(formatFileSize(MAX_UPLOAD_BYTES)).toBe('10 MB');
  });
});
