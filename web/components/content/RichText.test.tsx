import type { Blocks } from '@forum/shared';
import { render } from '@testing-library/react';
import { RichText } from './RichText';

const html = (content: Blocks) => render(<RichText content={content} />).container.firstElementChild?.innerHTML;

describe('rich text from the CMS', () => {
  it('typesets paragraphs, headings, quotes and lists, nested lists included', () => {
    expect(
      html([
        { type: 'heading', level: 2, children: [{ type: 'text', text: 'Итоги' }] },
        { type: 'paragraph', children: [{ type: 'text', text: 'Первая строка\nвторая' }] },
        { type: 'quote', children: [{ type: 'text', text: 'Цитата' }] },
        {
          type: 'list',
          format: 'ordered',
          children: [
            { type: 'list-item', children: [{ type: 'text', text: 'один' }] },
            { type: 'list', format: 'unordered', children: [{ type: 'list-item', children: [{ type: 'text', text: 'вложенный' }] }] },
          ],
        },
      ]),
    ).toBe('<h2>Итоги</h2><p>Первая строка<br>вторая</p><blockquote>Цитата</blockquote><ol><li>один</li><ul><li>вложенный</li></ul></ol>');
  });

  it('keeps bold, italic, underline, strikethrough and inline code, and a code block as plain text', () => {
    expect(
      html([
        { type: 'paragraph', children: [{ type: 'text', text: 'все', bold: true, italic: true, underline: true, strikethrough: true, code: true }] },
        { type: 'code', children: [{ type: 'text', text: 'npm start' }] },
      ]),
    ).toBe('<p><strong><em><u><del><code>все</code></del></u></em></strong></p><pre><code>npm start</code></pre>');
  });

  it('shows an empty paragraph as the blank line the editor left', () => {
    expect(html([{ type: 'paragraph', children: [{ type: 'text', text: '' }] }])).toBe('<br>');
  });

  it('links web, mail, phone and the site’s own addresses', () => {
    const links = ['https://example.org/', 'mailto:info@forum.example', 'tel:+78121234567', '/ru/events', '#program'];
    const rendered = html([{ type: 'paragraph', children: links.map((url) => ({ type: 'link', url, children: [{ type: 'text', text: url }] })) }]);
    expect(rendered).toBe(`<p>${links.map((url) => `<a href="${url}">${url}</a>`).join('')}</p>`);
  });

  it('shows any other link (a script, data, another site without a scheme) as its words alone', () => {
    const urls = ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '//evil.example/'];
    const rendered = html([{ type: 'paragraph', children: urls.map((url) => ({ type: 'link', url, children: [{ type: 'text', text: 'ссылка' }] })) }]);
    expect(rendered).toBe('<p>ссылкассылкассылкассылка</p>');
  });

  it('shows an image at its own proportions, with its description as the alternative text', () => {
    const { container } = render(
      <RichText
        content={[{ type: 'image', image: { url: '/uploads/hall.jpg', alternativeText: 'Зал', width: 1200, height: 800, name: 'hall.jpg' }, children: [{ type: 'text', text: '' }] }]}
      />,
    );
    const image = container.querySelector('img');
    expect([image?.getAttribute('alt'), image?.getAttribute('width'), image?.getAttribute('height')]).toEqual(['Зал', '1200', '800']);
  });
});
