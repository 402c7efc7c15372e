import { describe, expect, it } from 'vitest';
import { photoProblem } from './photo-check.ts';

describe('event photos', () => {
  it('takes JPEG and PNG, and refuses PDFs, other types, empty and oversized files', () => {
    expect(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 2_000 })).toBeNull();
    expect(photoProblem({ name: 'a.png', type: '', size: 2_000 })).toBeNull();
    expect(photoProblem({ name: 'a.pdf', type: 'application/pdf', size: 2_000 })).toBe('type');
    expect(photoProblem({ name: 'a.pdf', type: '', size: 2_000 })).toBe('type');
    expect(photoProblem({ name: 'a.heic', type: 'image/heic', size: 2_000 })).toBe('type');
    expect(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 0 })).toBe('empty');
    expect(photoProblem({ name: 'a.jpg', type: 'image/jpeg', size: 11 * 1024 * 1024 })).toBe('size');
  });
});
