// Renders Strapi blocks (validated in app/models/blocks.server.ts) as React elements.
// Never uses dangerouslySetInnerHTML; URLs go through toSafeUrl.
import type { Block, InlineNode, ListItemNode, ListNode, TextNode } from '@stodportalen/shared';
import { Fragment, type ReactNode } from 'react';
import { toSafeUrl } from '../utils/safe-url';
import { linkTerms, type TermLink } from '../utils/term-links';
import { Heading } from './heading';
import { printUrlProps } from '../utils/print-links';

type Props = {
  blocks: readonly Block[];
  /**
   * The level for the body's highest heading, usually the section heading's level + 1. Headings
   * in the body keep their relative order but never outrank the section they are in.
   */
  headingBase: number;
  /** Blocks (by index) to show something else instead of, e.g. a list that has a structured form. */
  replace?: ReadonlyMap<number, ReactNode>;
  /**
   * Glossary terms to link where they first appear in the text (not in headings, code or
   * existing links), e.g. the plan's "Prostitution" → /begrepp#prostitution.
   */
  termLinks?: readonly TermLink[];
  /** Ids for headings, by block (a page's "På den här sidan" links to them: topHeadingAnchors). */
  anchors?: ReadonlyMap<Block, { id: string }>;
};

export function BlocksRenderer({ blocks, headingBase, replace, termLinks, anchors }: Props) {
  const levels = blocks.flatMap((block) => (block.type === 'heading' ? [block.level] : []));
  const offset = levels.length > 0 ? headingBase - Math.min(...levels) : 0;
  const shown =
    termLinks && termLinks.length > 0 ? linkTerms(blocks, termLinks, new Set(replace?.keys())).blocks : blocks;
  return (
    <>
      {shown.map((block, index) =>
        replace?.has(index) ? (
          <Fragment key={index}>{replace.get(index)}</Fragment>
        ) : (
          <BlockView key={index} block={block} headingOffset={offset} id={anchors?.get(blocks[index]!)?.id} />
        ),
      )}
    </>
  );
}

function BlockView({ block, headingOffset, id }: { block: Block; headingOffset: number; id?: string }) {
  switch (block.type) {
    case 'paragraph':
      return (
        <p className="my-4">
          <Inline nodes={block.children} />
        </p>
      );
    case 'heading':
      return (
        <Heading level={block.level + headingOffset} id={id} className="mt-8 mb-3">
          <Inline nodes={block.children} />
        </Heading>
      );
    case 'quote':
      return (
        <blockquote className="my-6 border-l-4 border-teal-700 bg-slate-50 py-2 pr-3 pl-5 italic">
          <p>
            <Inline nodes={block.children} />
          </p>
        </blockquote>
      );
    case 'code':
      return (
        <pre className="my-4 overflow-x-auto rounded bg-slate-100 p-4 text-base">
          <code>{block.children.map((child) => child.text).join('')}</code>
        </pre>
      );
    case 'list':
      return <List list={block} />;
    case 'image': {
      const src = toSafeUrl(block.image.url);
      if (!src || src.href.startsWith('mailto:') || src.href.startsWith('tel:')) return null;
      return (
        <figure className="my-6">
          <img
            src={src.href}
            alt={block.image.alternativeText ?? ''}
            width={block.image.width}
            height={block.image.height}
            loading="lazy"
            className="h-auto max-w-full"
          />
        </figure>
      );
    }
  }
}

/** Strapi nests a sub-list as a sibling of list items; in HTML it belongs inside the item before it. */
function List({ list }: { list: ListNode }) {
  const items: { item: ListItemNode | null; sublists: ListNode[] }[] = [];
  for (const child of list.children) {
    const last = items[items.length - 1];
    if (child.type === 'list') {
      if (last) last.sublists.push(child);
      else items.push({ item: null, sublists: [child] });
    } else {
      items.push({ item: child, sublists: [] });
    }
  }
  const Tag = list.format === 'ordered' ? 'ol' : 'ul';
  const style = list.format === 'ordered' ? 'list-decimal' : 'list-disc';
  return (
    <Tag className={`my-4 space-y-2 pl-7 ${style}`}>
      {items.map(({ item, sublists }, index) => (
        <li key={index} className={item ? 'pl-1' : 'list-none'}>
          {item ? <Inline nodes={item.children} /> : null}
          {sublists.map((sublist, subIndex) => (
            <List key={subIndex} list={sublist} />
          ))}
        </li>
      ))}
    </Tag>
  );
}

export function Inline({ nodes }: { nodes: readonly InlineNode[] }) {
  return (
    <>
      {nodes.map((node, index) =>
        node.type === 'link' ? (
          <Link key={index} url={node.url} nodes={node.children} />
        ) : (
          <Text key={index} node={node} />
        ),
      )}
    </>
  );
}

function Link({ url, nodes }: { url: string; nodes: readonly TextNode[] }) {
  const safe = toSafeUrl(url);
  const content = nodes.map((node, index) => <Text key={index} node={node} />);
  if (!safe) return <>{content}</>;
  return (
    <a href={safe.href} rel={safe.external ? 'noreferrer' : undefined} className="link break-words" {...printUrlProps(safe.href, nodes.map((node) => node.text).join(''))}>
      {content}
    </a>
  );
}

function Text({ node }: { node: TextNode }) {
  const lines = node.text.split('\n');
  let content: ReactNode = lines.map((line, index) => (
    <Fragment key={index}>
      {index > 0 ? <br /> : null}
      {line}
    </Fragment>
  ));
  if (node.code) content = <code className="rounded bg-slate-100 px-1">{content}</code>;
  if (node.bold) content = <strong className="font-bold">{content}</strong>;
  if (node.italic) content = <em>{content}</em>;
  if (node.underline) content = <span className="underline">{content}</span>;
  if (node.strikethrough) content = <s>{content}</s>;
  return <>{content}</>;
}

/** Rich text in the language of its content (`lang` from contentLangProps); nothing when empty. */
export function ContentBlocks({
  blocks,
  headingBase,
  lang,
}: {
  blocks: readonly Block[];
  headingBase: number;
  lang: { lang?: string; dir?: 'ltr' | 'rtl' };
}) {
  if (blocks.length === 0) return null;
  return (
    <div {...lang}>
      <BlocksRenderer blocks={blocks} headingBase={headingBase} />
    </div>
  );
}
