import { describe, expect, it } from 'vitest';
import { messages, parseCliArgs } from '@cjsnsa/report';

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

  it('an unknown format fails with the catalogue message', () => {
    expect(() => parseCliArgs(['--format', 'pdf'])).toThrow(messages.unknownFormat('pdf'));
  });

  it('an unknown option fails and points to --help', () => {
    expect(() => parseCliArgs(['--areas', 'Fife'])).toThrow(/snsa --help/);
  });
});
