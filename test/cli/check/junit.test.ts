import fc from 'fast-check';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { junit } from '../../../src/cli/check/format/junit.js';
import type { Report } from '../../../src/cli/check/format/Report.js';
import type { CheckFinding } from '../../../src/index.js';

/**
 * What the report must show for a text, written out code unit by code unit and apart from the code
 * under test: a backslash doubled; `\n`, `\r`, `\t`; `\xHH` for the other C0 and C1 controls and DEL;
 * `\uHHHH` for the line and paragraph separators, the bidirectional controls, a surrogate that is
 * not half of a pair, U+FFFE and U+FFFF; every other character as it is.
 */
function expected(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const hex = (width: number) => c.toString(16).padStart(width, '0');
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length && text.charCodeAt(i + 1) >= 0xdc00 && text.charCodeAt(i + 1) <= 0xdfff) {
      out += text.slice(i, i + 2);
      i++;
    } else if (c === 0x5c) out += '\\\\';
    else if (c === 0x0a) out += '\\n';
    else if (c === 0x0d) out += '\\r';
    else if (c === 0x09) out += '\\t';
    else if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) out += `\\x${hex(2)}`;
    else if (c === 0x2028 || c === 0x2029 || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)) out += `\\u${hex(4)}`;
    else if ((c >= 0xd800 && c <= 0xdfff) || c === 0xfffe || c === 0xffff) out += `\\u${hex(4)}`;
    else out += text[i];
  }
  return out;
}

/** XML 1.0's Char production: a document holding anything else is not XML, whatever a lenient parser says. */
const xmlChars = /^[\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]*$/u;

const parser = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  textNodeName: '#text',
  ignoreDeclaration: true,
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: false,
  htmlEntities: false,
  isArray: (name) => name === 'testsuite' || name === 'testcase',
});

interface Parsed {
  testsuites: { testsuite: { '@name': string; testcase: { '@name': string; '@classname': string; failure?: { '@message': string; '@type': string; '#text': string } }[] }[] };
}

/**
 * The report's text: well-formed XML, parsed. fast-xml-parser's validator checks the markup but lets
 * two things through that XML 1.0 forbids and a strict consumer (GitLab's parser, libxml2, expat)
 * rejects, so they are checked here: a character outside the Char production, and `]]>` in character
 * data (§2.4; the report writes no CDATA section, so it has no business holding `]]>` at all).
 */
function parse(xml: string): Parsed {
  expect(XMLValidator.validate(xml)).toBe(true);
  expect(xml).toMatch(xmlChars);
  expect(xml).not.toContain(']]>');
  return parser.parse(xml) as Parsed;
}

/** Any UTF-16 code unit, lone surrogates included, and the texts that break hand-written XML. */
const hostile = fc.constantFrom(']]>', '<', '>', '&', '&amp;', '&#1;', '"', "'", '\\', '\u0000', '\u0001', '\u001b', '\n', '\r', '\t', '\u007f', '\u0085', '\u2028', '\u202e', '\ud800', '\udfff', '\ufffe', '\uffff', '<![CDATA[', 'a', ' ');
const codeUnit = fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c));
const recordText = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: codeUnit }), fc.string({ unit: hostile }), fc.string({ unit: fc.oneof(hostile, codeUnit, fc.constant('\u{1f600}')) }));

const finding = fc.record({
  ruleId: fc.constantFrom('likely-duplicate-name', 'schema', 'unknown-field'),
  severity: fc.constantFrom('error' as const, 'warn' as const),
  message: recordText,
  recordId: fc.option(recordText),
  line: fc.option(fc.integer({ min: 1, max: 1000 }), { nil: undefined }),
  index: fc.integer({ min: 1, max: 1000 }),
});

describe('junit output', () => {
  it('is well-formed XML 1.0 for any record text, and shows each text with printable escapes', () => {
    fc.assert(
      fc.property(recordText, fc.array(finding, { maxLength: 5 }), (file, drafts) => {
        const findings = drafts.map(
          (d): CheckFinding => ({ ruleId: d.ruleId as CheckFinding['ruleId'], severity: d.severity, message: d.message, recordId: d.recordId, path: [], location: { index: d.index, file, ...(d.line === undefined ? {} : { line: d.line }) } }),
        );
        const report: Report = { findings, records: findings.length, errorCount: 0, warningCount: 0, files: [file], version: '0.0.0', color: false };
        const suites = parse(junit(report)).testsuites.testsuite;
        expect(suites).toHaveLength(1);
        expect(suites[0]!['@name']).toBe(expected(file));
        const cases = suites[0]!.testcase;
        if (findings.length === 0) {
          expect(cases).toEqual([{ '@time': '0', '@name': 'staffcore check', '@classname': expected(file) }]);
          return;
        }
        const sorted = [...findings].sort((a, b) => (a.location.line ?? a.location.index) - (b.location.line ?? b.location.index));
        expect(cases).toHaveLength(sorted.length);
        sorted.forEach((f, i) => {
          const where = `${file}:${f.location.line ?? `#${f.location.index}`}`;
          expect(cases[i]!['@classname']).toBe(expected(file));
          expect(cases[i]!['@name']).toBe(expected(`${f.ruleId}: ${f.recordId ?? where}`));
          expect(cases[i]!.failure).toEqual({
            '@message': expected(f.message),
            '@type': f.severity,
            '#text': expected(`${where}: ${f.severity}: ${f.message} (${f.ruleId})`),
          });
        });
      }),
      { numRuns: 300 },
    );
  });
});
