import { fileFormat, formatFileSize } from './policy-document';

describe('the policy paper download link', () => {
  it('gives the file size in kilobytes or megabytes, in the reader language', () => {
    expect(formatFileSize(850.4, 'en')).toBe('850 kB');
    expect(formatFileSize(850.4, 'ru')).toBe('850 кБ');
    expect(formatFileSize(1260, 'en')).toBe('1.2 MB');
    expect(formatFileSize(1260, 'ru')).toBe('1,2 МБ');
    expect(formatFileSize(0.2, 'en')).toBe('1 kB');
  });

  it('names the format from the extension, or the MIME type', () => {
    expect(fileFormat({ ext: '.pdf', mime: 'application/pdf' })).toBe('PDF');
    expect(fileFormat({ ext: null, mime: 'application/pdf' })).toBe('PDF');
  });
});
