import { describe, expect, it } from 'vitest';
import { readXml } from './xml-reader.ts';

const root = (xml: string) => {
  const read = readXml(xml);
  if (!read.ok) throw new Error(read.error);
  return read.root;
};

describe('the XML reader', () => {
  it('reads nested elements, self-closing tags, entities, CDATA and comments', () => {
    const doc = root(`<?xml version="1.0" encoding="utf-8"?>
<!-- a comment -->
<a xmlns="http://wiki.open311.org/GeoReport_v2">
  <b>x &lt;&amp;&gt; &quot;&apos; &#x8DEF;&#28783;</b>
  <c/>
  <d><![CDATA[<raw> & text]]></d>
</a>`);
    expect(doc.name).toBe('a');
    expect(doc.children.map((c) => [c.name, c.text])).toEqual([
      ['b', 'x <&> "\' 路灯'],
      ['c', ''],
      ['d', '<raw> & text'],
    ]);
  });

  it('says where a document is not well-formed', () => {
    const cases: [string, RegExp][] = [
      ['<a><b></a>', /^<\/a> closes <b>/],
      ['<a>', /<a> is not closed/],
      ['<a>1 & 2</a>', /"&" must start an entity reference/],
      ['<a>&nbsp;</a>', /unknown entity &nbsp;/],
      ['<a></a><b></b>', /content after the root element/],
      ['<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>', /DOCTYPE is not supported/],
      ['', /no root element/],
      ['<a>\n  <1b/></a>', /expected an element name \(line 2, column 4\)/],
    ];
    for (const [xml, message] of cases) {
      const read = readXml(xml);
      expect(read.ok, xml).toBe(false);
      if (!read.ok) expect(read.error, xml).toMatch(message);
    }
  });
});
