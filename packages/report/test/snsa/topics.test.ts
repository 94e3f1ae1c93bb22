import { describe, expect, it } from 'vitest';
import { indicatorDefinition } from '@cjsnsa/framework';
import { SNSA_TOPICS, messages, topicById } from '@cjsnsa/report';

describe('SNSA topics', () => {
  it('there is a topic for each SNSA partnerships run', () => {
    expect(SNSA_TOPICS.map((t) => t.id)).toEqual(['diversion', 'bail', 'arrest-referral', 'custody-to-community', 'community-sentences', 'services']);
  });

  it('every indicator a topic names is defined in the framework', () => {
    for (const t of SNSA_TOPICS) for (const id of [...t.indicators, ...t.compareIndicators]) expect(() => indicatorDefinition(id), `${t.id}: ${id}`).not.toThrow();
  });

  it("topicById('bial') fails naming the nearest topic", () => {
    expect(() => topicById('bial')).toThrow(messages.unknownTopic('bial', ['bail'], SNSA_TOPICS.map((t) => t.id)));
  });
});
