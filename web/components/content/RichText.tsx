import { inlinePlainText, type BlockNode, type Blocks, type InlineNode, type ListItemNode, type ListNode, type TextNode } from '@forum/shared';
import { Fragment, type ReactNode } from 'react';
import { CmsImage } from './CmsImage';
import styles from './RichText.module.css';

// Rendered on the server alone: the body reaches the browser as HTML, not as a client component's
// props to hydrate (Strapi's own renderer is one), so a long article costs no script.

/** Links an editor or an association may give: web, mail, phone and the site's own addresses. */
const safeHref = /^(?:https?:|mailto:|tel:|\/(?!\/)|#)/i;

/** A line break typed inside a paragraph (Shift+Enter) stays one. */
function lines(text: string): ReactNode {
  const parts = text.split(/\r?\n|\r/);
  return parts.length === 1 ? text : parts.map((part, index) => <Fragment key={index}>{index > 0 && <br />}{part}</Fragment>);
}

function StyledText({ node }: { node: TextNode }) {
  let content = lines(node.text);
  if (node.code) content = <code>{content}</code>;
  if (node.strikethrough) content = <del>{content}</del>;
  if (node.underline) content = <u>{content}</u>;
  if (node.italic) content = <em>{content}</em>;
  if (node.bold) content = <strong>{content}</strong>;
  return content;
}

function Inline({ nodes }: { nodes: InlineNode[] }) {
  return nodes.map((node, index) => {
    if (node.type === 'text') return <StyledText key={index} node={node} />;
    const text = <Inline nodes={node.children} />;
    // Anything else (javascript:, data:) is shown as the words it was written with, not a link.
    return safeHref.test(node.url.trim()) ? <a key={index} href={node.url.trim()}>{text}</a> : <Fragment key={index}>{text}</Fragment>;
  });
}

function List({ node }: { node: ListNode }) {
  const Tag = node.format === 'ordered' ? 'ol' : 'ul';
  return (
    <Tag>
      {node.children.map((item: ListItemNode | ListNode, index) =>
        item.type === 'list' ? <List key={index} node={item} /> : <li key={index}><Inline nodes={item.children} /></li>,
      )}
    </Tag>
  );
}

function Block({ node }: { node: BlockNode }) {
  switch (node.type) {
    case 'paragraph': {
      const empty = node.children.length === 1 && node.children[0].type === 'text' && node.children[0].text === '';
      return empty ? <br /> : <p><Inline nodes={node.children} /></p>;
    }
    case 'heading': {
      const Tag = `h${node.level}` as const;
      return <Tag><Inline nodes={node.children} /></Tag>;
    }
    case 'quote':
      return <blockquote><Inline nodes={node.children} /></blockquote>;
    case 'code':
      return <pre><code>{inlinePlainText(node.children)}</code></pre>;
    case 'list':
      return <List node={node} />;
    case 'image':
      return <CmsImage media={node.image} sizes="(max-width: 44rem) 100vw, 44rem" />;
    default:
      return null;
  }
}

/** Strapi "blocks" rich text (a page body, a description), typeset for reading. */
export function RichText({ content, className }: { content: Blocks; className?: string }) {
  return (
    <div className={className ? `${styles.richText} ${className}` : styles.richText}>
      {content.map((node, index) => <Block key={index} node={node} />)}
    </div>
  );
}
