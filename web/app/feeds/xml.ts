// A small XML writer for the RSS and Atom feeds: elements are data, text is always escaped, so
// nothing from the CMS can break out of its element.

export type XmlChild = XmlElement | string | null | undefined | false;

export interface XmlElement {
  name: string;
  attributes: Record<string, string | null | undefined>;
  children: XmlChild[];
}

const NAME = /^[A-Za-z_][\w.-]*(:[A-Za-z_][\w.-]*)?$/;

/** An element; attributes that are null or undefined are left out, and so are empty children. */
export function element(
  name: string,
  attributes: Record<string, string | null | undefined> = {},
  ...children: (XmlChild | XmlChild[])[]
): XmlElement {
  if (!NAME.test(name)) throw new Error(`Not an XML name: ${name}`);
  for (const key of Object.keys(attributes)) if (!NAME.test(key)) throw new Error(`Not an XML name: ${key}`);
  return { name, attributes, children: children.flat() };
}

/**
 * Escapes text for element content and attribute values. Characters XML 1.0 does not allow at all
 * (most control characters, lone surrogates, U+FFFE/U+FFFF) are removed.
 */
export function escapeXml(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

function render(node: XmlElement, indent: string, out: string[]): void {
  const attributes = Object.entries(node.attributes)
    .filter((entry): entry is [string, string] => typeof entry[1] === 'string')
    .map(([key, value]) => ` ${key}="${escapeXml(value)}"`)
    .join('');
  const children = node.children.filter(
    (child): child is XmlElement | string => typeof child === 'string' || (typeof child === 'object' && child !== null)
  );
  if (children.length === 0) {
    out.push(`${indent}<${node.name}${attributes}/>`);
    return;
  }
  if (children.every((child) => typeof child === 'string')) {
    out.push(`${indent}<${node.name}${attributes}>${children.map(escapeXml).join('')}</${node.name}>`);
    return;
  }
  out.push(`${indent}<${node.name}${attributes}>`);
  for (const child of children) {
    if (typeof child === 'string') out.push(`${indent}  ${escapeXml(child)}`);
    else render(child, `${indent}  `, out);
  }
  out.push(`${indent}</${node.name}>`);
}

/** A whole document with its XML declaration. */
export function renderXmlDocument(root: XmlElement): string {
  const out = ['<?xml version="1.0" encoding="utf-8"?>'];
  render(root, '', out);
  return `${out.join('\n')}\n`;
}
