/**
 * A small XML writer for element-only documents: no attributes, no namespaces, text escaped, output indented
 * two spaces and preceded by the XML declaration the specification asks for.
 */

export type XmlNode =
  | { readonly name: string; readonly text: string }
  | { readonly name: string; readonly children: readonly XmlNode[] };

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';

const NAME = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

/** XML 1.0 Char: tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD, U+10000 and above (so no lone surrogates). */
const isXmlChar = (c: number): boolean =>
  c === 0x9 ||
  c === 0xa ||
  c === 0xd ||
  (c >= 0x20 && c <= 0xd7ff) ||
  (c >= 0xe000 && c <= 0xfffd) ||
  c >= 0x10000;

// A user could type a control character into a description; one such character would make the whole response
// unreadable to every XML parser, so they are dropped.
function dropNonXmlChars(text: string): string {
  let out = '';
  for (const ch of text) if (isXmlChar(ch.codePointAt(0)!)) out += ch;
  return out;
}

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
  // A parser turns a raw CR into LF; the character reference keeps it.
  '\r': '&#13;',
};

/** Text made safe for element content (and attribute values): `& < > " '` escaped, non-XML characters dropped. */
export function escapeXml(text: string): string {
  return dropNonXmlChars(text).replace(/[&<>"'\r]/g, (c) => ESCAPES[c] ?? c);
}

function writeNode(node: XmlNode, indent: string, out: string[]): void {
  if (!NAME.test(node.name)) throw new Error(`XML element name "${node.name}" is not allowed`);
  if ('text' in node) {
    out.push(`${indent}<${node.name}>${escapeXml(node.text)}</${node.name}>`);
    return;
  }
  if (node.children.length === 0) {
    out.push(`${indent}<${node.name}></${node.name}>`);
    return;
  }
  out.push(`${indent}<${node.name}>`);
  for (const child of node.children) writeNode(child, `${indent}  `, out);
  out.push(`${indent}</${node.name}>`);
}

/** The whole document: declaration, then the root element, one element per line, ending with a newline. */
export function writeXmlDocument(root: XmlNode): string {
  const out = [XML_DECLARATION];
  writeNode(root, '', out);
  return `${out.join('\n')}\n`;
}
