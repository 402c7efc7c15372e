import { describe, expect, it } from 'vitest';
import { attachmentDisposition, cleanFileName, sniffFileType } from './file-type.ts';

describe('uploaded file types', () => {
  it('are read from the content, not the name', () => {
    expect(sniffFileType(Buffer.from('%PDF-1.4\n%âãÏÓ\n'))).toBe('application/pdf');
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toBe(
      'image/png',
    );
    expect(sniffFileType(Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]))).toBe('image/jpeg');
  });

  it('refuse anything else, including truncated signatures and empty files', () => {
    expect(sniffFileType(Buffer.from('just some text, named scan.pdf'))).toBeNull();
    expect(sniffFileType(Buffer.from('%PDF'))).toBeNull();
    expect(sniffFileType(Buffer.from([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
    expect(sniffFileType(Buffer.from('GIF89a'))).toBeNull();
    expect(sniffFileType(Buffer.alloc(0))).toBeNull();
  });
});

describe('file names', () => {
  it('lose folders and control characters, keep Chinese', () => {
    expect(cleanFileName('C:\\Users\\陈\\身份证 正面.jpg')).toBe('身份证 正面.jpg');
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('a\r\nb".pdf')).toBe('ab.pdf');
    expect(cleanFileName('')).toBe('file');
    expect(cleanFileName(undefined)).toBe('file');
  });

  it('go into Content-Disposition with an ASCII fallback and the UTF-8 name', () => {
    expect(attachmentDisposition('申请表.pdf')).toBe(
      `attachment; filename="___.pdf"; filename*=UTF-8''%E7%94%B3%E8%AF%B7%E8%A1%A8.pdf`,
    );
    expect(attachmentDisposition("it's (1).png")).toBe(
      `attachment; filename="it's (1).png"; filename*=UTF-8''it%27s%20%281%29.png`,
    );
  });
});
