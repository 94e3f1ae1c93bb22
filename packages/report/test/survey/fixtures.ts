import { surveySchema } from '../../src/index.js';

export const AGREE = ['Strongly agree', 'Agree', 'Neither agree nor disagree', 'Disagree', 'Strongly disagree'];

/** A schema like a partnership would write for a Microsoft Forms export. */
export const schema = surveySchema({
  title: 'Test survey',
  source: 'Test partnership, test survey',
  questions: [
    { id: 'respect', column: 'I was treated with respect', type: 'likert', levels: AGREE, notOnScale: ["Don't know"] },
    { id: 'contact', column: 'How did you first hear about the service?', type: 'single-choice', options: ['Court', 'Social work', 'Friend or family', 'Other'] },
    { id: 'support', column: 'Which support did you use?', type: 'multi-select', options: ['Housing', 'Mental health', 'Drugs, alcohol', 'Employability'] },
    { id: 'comments', column: 'Anything else you want to tell us?', type: 'free-text' },
  ],
  breakdowns: [{ id: 'age', column: 'Age band', levels: ['16-25', '26-40', '41-64', '65+'] }],
  wave: { column: 'Wave', order: ['2023', '2024'] },
  timestamp: { column: 'Completion time' },
});

export const HEADER = ['ID', 'Completion time', 'Email', 'Name', 'Wave', 'Age band', 'I was treated with respect', 'How did you first hear about the service?', 'Which support did you use?', 'Anything else you want to tell us?'];

/** CSV text from rows of cells (header first), quoting every cell. */
export const csv = (rows: string[][]) => rows.map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(',')).join('\r\n') + '\r\n';
