import { XMLBuilder } from 'fast-xml-parser';
import { printable } from './printable.js';
import { byFile, positionOf, type Report } from './Report.js';

/**
 * The code units XML 1.0 cannot hold that {@link printable} leaves as they are: a surrogate that is
 * not half of a pair (JSON's `"\ud800"` reads as one), and the noncharacters U+FFFE and U+FFFF.
 * (printable already escapes every C0 control, and a character escape such as `&#1;` is no way
 * out: XML 1.0 forbids the referenced character too.)
 */
const notXml = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]|[\ufffe\uffff]/g;

/**
 * Text as the report shows it: {@link printable}'s escapes of control characters, and the same
 * `\uXXXX` escape for what XML 1.0 forbids, so nothing is dropped and the file stays well-formed.
 * Escaping `&`, `<`, `"` and the like is the XML builder's work.
 */
const text = (value: string): string =>
  printable(value).replace(notXml, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

/** A test case as the builder takes it: attributes are the `@` keys; a passing case has no failure. */
interface TestCase {
  readonly '@time': string;
  readonly '@name': string;
  readonly '@classname': string;
  readonly failure?: { readonly '@message': string; readonly '@type': string; readonly '#text': string };
}

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@', textNodeName: '#text', format: true, indentBy: '', suppressEmptyNode: true });

/**
 * JUnit XML, as ESLint writes it: one test suite per file and one failing test case per finding
 * (GitLab shows them in the merge request's test report); a clean run is one passing test case.
 * An XML builder writes it, so no text of a record (`]]>`, `<`, `&`, quotes) can end an element
 * or a section early.
 */
export function junit(report: Report): string {
  const groups = byFile(report);
  const suites = groups.map(([file, findings]) => ({
    '@package': 'staffcore',
    '@time': '0',
    '@tests': String(findings.length),
    '@errors': '0',
    '@failures': String(findings.length),
    '@name': text(file),
    testcase: findings.map((f): TestCase => {
      const where = `${file}:${positionOf(f)}`;
      return {
        '@time': '0',
        '@name': text(`${f.ruleId}: ${f.recordId ?? where}`),
        '@classname': text(file),
        failure: { '@message': text(f.message), '@type': f.severity, '#text': text(`${where}: ${f.severity}: ${f.message} (${f.ruleId})`) },
      };
    }),
  }));
  if (groups.length === 0) {
    suites.push({
      '@package': 'staffcore',
      '@time': '0',
      '@tests': '1',
      '@errors': '0',
      '@failures': '0',
      '@name': text(report.files[0] ?? 'staffcore check'),
      testcase: [{ '@time': '0', '@name': 'staffcore check', '@classname': text(report.files[0] ?? 'staffcore') }],
    });
  }
  const xml = builder.build({ '?xml': { '@version': '1.0', '@encoding': 'utf-8' }, testsuites: { testsuite: suites } }) as string;
  return xml.endsWith('\n') ? xml : `${xml}\n`;
}
