import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { messages as coreMessages } from '@cjsnsa/core';
import { annualReportCommand, dashboardCommand, disclosureOption, messages, parseCliArgs, quarterlyCommand, readDisclosureRule } from '@cjsnsa/report';

const ruleFile = (text: string) => {
  const f = join(mkdtempSync(join(tmpdir(), 'snsa-rule-')), 'rule.json');
  writeFileSync(f, text);
  return f;
};

describe('parseCliArgs', () => {
  it('parseCliArgs([]) defaults to West Dunbartonshire, every topic, HTML and Word', () => {
    const o = parseCliArgs([]);
    expect(o.area).toBe('S12000039');
    expect(o.topic).toBe('all');
    expect(o.formats).toEqual(['html', 'docx']);
    expect(o.out).toBe('snsa-output');
    expect(o.data).toBeNull();
  });

  it("parseCliArgs(['--format', 'docx']) writes Word only", () => {
    expect(parseCliArgs(['--format', 'docx']).formats).toEqual(['docx']);
  });

  it('--png-scale: 2 by default, any number from 1 to 4, anything else refused with the catalogue message', () => {
    expect(parseCliArgs([]).pngScale).toBe(2);
    expect(parseCliArgs(['--png-scale', '1']).pngScale).toBe(1);
    expect(parseCliArgs(['--png-scale', '4']).pngScale).toBe(4);
    expect(parseCliArgs(['--png-scale', '1.5']).pngScale).toBe(1.5);
    for (const bad of ['0', '0.99', '4.01', '', 'two', '-2']) expect(() => parseCliArgs([`--png-scale=${bad}`]), bad).toThrow(messages.pngScale(bad));
  });

  it('an unknown format fails with the catalogue message', () => {
    expect(() => parseCliArgs(['--format', 'pdf'])).toThrow(messages.unknownFormat('pdf'));
  });

  it('an unknown option fails and points to --help', () => {
    expect(() => parseCliArgs(['--areas', 'Fife'])).toThrow(/snsa --help/);
  });

  it('parseCliArgs([]) withholds counts of 1 to 4 (the default rule) and passes no rule to workers', () => {
    const o = parseCliArgs([]);
    expect(o.disclosure).toEqual({ min: 1, max: 4 });
    expect(o.disclosureArgs).toEqual([]);
  });

  it("parseCliArgs(['--min-count', '10']) withholds 1 to 9 and passes the same rule to --area all workers", () => {
    const o = parseCliArgs(['--min-count', '10']);
    expect(o.disclosure).toEqual({ min: 1, max: 9 });
    expect(o.disclosureArgs).toEqual(['--min-count', '10']);
  });

  it('--min-count below 2 or not a whole number fails with the catalogue message', () => {
    expect(() => parseCliArgs(['--min-count', '1'])).toThrow(coreMessages.invalidMinCount(1));
    expect(() => parseCliArgs(['--min-count', 'five'])).toThrow(coreMessages.invalidMinCount(NaN));
  });

  it('--disclosure-rule reads the data owner\'s rule from a JSON file, by range or by smallest count', () => {
    expect(parseCliArgs(['--disclosure-rule', ruleFile('{"min": 1, "max": 9}')]).disclosure).toEqual({ min: 1, max: 9 });
    expect(readDisclosureRule(ruleFile('{"minCount": 6}'))).toEqual({ min: 1, max: 5 });
    expect(readDisclosureRule(ruleFile('{"min": 0, "max": 4}'))).toEqual({ min: 0, max: 4 });
  });

  it('a rule file that cannot be used fails naming the file and the problem', () => {
    const bad = ruleFile('{"max": 4, "suppress": true}');
    expect(() => readDisclosureRule(bad)).toThrow(messages.disclosureRuleFile(bad, 'unknown key "suppress" (keys: min, max, minCount)'));
    const notJson = ruleFile('max = 4');
    expect(() => readDisclosureRule(notJson)).toThrow(`Disclosure rule file "${notJson}"`);
    const backwards = ruleFile('{"min": 5, "max": 4}');
    expect(() => readDisclosureRule(backwards)).toThrow(messages.disclosureRuleFile(backwards, coreMessages.invalidDisclosureRange(5, 4)));
  });

  it('--min-count and --disclosure-rule together fail: the rule is given once', () => {
    expect(() => parseCliArgs(['--min-count', '5', '--disclosure-rule', 'x.json'])).toThrow(messages.disclosureOptionsTogether);
  });
});

describe('disclosureOption(values): the small-count rule, taken the same way by every command', () => {
  it('is the default rule, --min-count, or --disclosure-rule, never both', () => {
    expect(disclosureOption({})).toEqual({ min: 1, max: 4 });
    expect(disclosureOption({ 'min-count': '10' })).toEqual({ min: 1, max: 9 });
    expect(() => disclosureOption({ 'min-count': 'ten' })).toThrow(RangeError);
    expect(() => disclosureOption({ 'min-count': '5', 'disclosure-rule': 'x.json' })).toThrow(messages.disclosureOptionsTogether);
  });

  it('refuses both options in snsa annual-report, dashboard and quarterly before anything is read', async () => {
    const both = ['--min-count', '5', '--disclosure-rule', 'x.json'];
    await expect(annualReportCommand(['--area', 'Fife', '--year', '2024-25', ...both])).rejects.toThrow(messages.disclosureOptionsTogether);
    await expect(dashboardCommand(both)).rejects.toThrow(messages.disclosureOptionsTogether);
    await expect(quarterlyCommand(['--area', 'Fife', '--data', 'none.csv', ...both])).rejects.toThrow(messages.disclosureOptionsTogether);
  });
});
