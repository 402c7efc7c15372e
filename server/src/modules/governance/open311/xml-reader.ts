/**
 * A minimal, tolerant XML reader for element-only documents such as Open311 responses: it accepts a declaration,
 * comments, processing instructions, CDATA, self-closing tags, attributes (skipped) and the predefined and
 * numeric character references. It refuses DOCTYPE (so no entity expansion) and anything not well-formed.
 */

export interface XmlElement {
  name: string;
  children: XmlElement[];
  /** Character data directly inside this element, entities decoded, whitespace kept. */
  text: string;
}

export type XmlReadResult = { ok: true; root: XmlElement } | { ok: false; error: string };

class XmlSyntaxError extends Error {}

const NAME_START = /[A-Za-z_:\u00C0-\uFFFF]/;
const NAME_CHAR = /[A-Za-z0-9_:.\-\u00B7\u00C0-\uFFFF]/;
const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

class Reader {
  private pos = 0;
  constructor(private readonly src: string) {}

  fail(message: string, at = this.pos): never {
    const before = this.src.slice(0, at);
    const line = before.split('\n').length;
    const column = at - before.lastIndexOf('\n');
    throw new XmlSyntaxError(`${message} (line ${line}, column ${column})`);
  }

  private startsWith(s: string): boolean {
    return this.src.startsWith(s, this.pos);
  }

  private skipPast(terminator: string, what: string): string {
    const end = this.src.indexOf(terminator, this.pos);
    if (end < 0) this.fail(`unterminated ${what}`);
    const inner = this.src.slice(this.pos, end);
    this.pos = end + terminator.length;
    return inner;
  }

  private skipWhitespace(): void {
    while (this.pos < this.src.length && /\s/.test(this.src[this.pos]!)) this.pos++;
  }

  /** Whitespace, comments and processing instructions, as allowed outside the root element. */
  private skipMisc(): void {
    for (;;) {
      this.skipWhitespace();
      if (this.startsWith('<!--')) {
        this.pos += 4;
        this.skipPast('-->', 'comment');
      } else if (this.startsWith('<?')) {
        this.pos += 2;
        this.skipPast('?>', 'processing instruction');
      } else if (this.startsWith('<!DOCTYPE') || this.startsWith('<!doctype')) {
        this.fail('DOCTYPE is not supported');
      } else {
        return;
      }
    }
  }

  private readName(): string {
    const start = this.pos;
    if (!NAME_START.test(this.src[this.pos] ?? '')) this.fail('expected an element name');
    while (this.pos < this.src.length && NAME_CHAR.test(this.src[this.pos]!)) this.pos++;
    return this.src.slice(start, this.pos);
  }

  private decode(raw: string, at: number): string {
    return raw.replace(/&([^;&\s<]*);?/g, (match, ref: string) => {
      if (!match.endsWith(';')) this.fail('"&" must start an entity reference such as &amp;', at);
      const named = PREDEFINED[ref];
      if (named !== undefined) return named;
      const numeric = /^#(?:x([0-9A-Fa-f]+)|([0-9]+))$/.exec(ref);
      if (!numeric) this.fail(`unknown entity &${ref};`, at);
      const code = numeric[1] !== undefined ? Number.parseInt(numeric[1], 16) : Number(numeric[2]);
      if (code > 0x10ffff || code === 0) this.fail(`invalid character reference &${ref};`, at);
      return String.fromCodePoint(code);
    });
  }

  /** Skips attributes up to '>' or '/>'; returns true when the tag closes itself. */
  private skipAttributes(): boolean {
    for (;;) {
      this.skipWhitespace();
      if (this.startsWith('/>')) {
        this.pos += 2;
        return true;
      }
      if (this.startsWith('>')) {
        this.pos += 1;
        return false;
      }
      this.readName();
      this.skipWhitespace();
      if (this.src[this.pos] !== '=') this.fail('expected "=" after an attribute name');
      this.pos++;
      this.skipWhitespace();
      const quote = this.src[this.pos];
      if (quote !== '"' && quote !== "'") this.fail('expected a quoted attribute value');
      this.pos++;
      const value = this.skipPast(quote, 'attribute value');
      if (value.includes('<')) this.fail('"<" is not allowed in an attribute value');
    }
  }

  private readElement(): XmlElement {
    if (this.src[this.pos] !== '<') this.fail('expected an element');
    this.pos++;
    const element: XmlElement = { name: this.readName(), children: [], text: '' };
    if (this.skipAttributes()) return element;
    for (;;) {
      if (this.pos >= this.src.length) this.fail(`<${element.name}> is not closed`);
      if (this.startsWith('</')) {
        this.pos += 2;
        const name = this.readName();
        this.skipWhitespace();
        if (this.src[this.pos] !== '>') this.fail(`expected ">" to end </${name}`);
        this.pos++;
        if (name !== element.name) this.fail(`</${name}> closes <${element.name}>`);
        return element;
      }
      if (this.startsWith('<!--')) {
        this.pos += 4;
        this.skipPast('-->', 'comment');
      } else if (this.startsWith('<![CDATA[')) {
        this.pos += 9;
        element.text += this.skipPast(']]>', 'CDATA section');
      } else if (this.startsWith('<?')) {
        this.pos += 2;
        this.skipPast('?>', 'processing instruction');
      } else if (this.startsWith('<!')) {
        this.fail('declarations are not allowed inside elements');
      } else if (this.startsWith('<')) {
        element.children.push(this.readElement());
      } else {
        const start = this.pos;
        const end = this.src.indexOf('<', this.pos);
        this.pos = end < 0 ? this.src.length : end;
        element.text += this.decode(this.src.slice(start, this.pos), start);
      }
    }
  }

  document(): XmlElement {
    if (this.src.charCodeAt(0) === 0xfeff) this.pos = 1;
    this.skipMisc();
    if (this.pos >= this.src.length) this.fail('no root element');
    const root = this.readElement();
    this.skipMisc();
    if (this.pos < this.src.length) this.fail('content after the root element');
    return root;
  }
}

/** Parses a document into its element tree, or says where and why it is not well-formed. */
export function readXml(source: string): XmlReadResult {
  try {
    return { ok: true, root: new Reader(source).document() };
  } catch (error) {
    if (error instanceof XmlSyntaxError) return { ok: false, error: error.message };
    throw error;
  }
}
