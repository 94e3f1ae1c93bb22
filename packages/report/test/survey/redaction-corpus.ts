/**
 * The redaction test corpus: free-text answers of the kind lived-experience surveys get, written for
 * the toolkit (no real person). Phone numbers are from Ofcom's ranges reserved for drama
 * (07700 900000-900999, 0131 496 0000-0999, 0141 496 0000-0999, 020 7946 0000-0999); emails use
 * example.org / example.com (RFC 2606); postcodes are real-format but chosen at random.
 *
 * `caught`: each input and exactly what redactFreeText must return.
 * `missed`: what it does not catch, kept as a test so docs/survey.md stays true; each says why.
 */
export const caught: { input: string; output: string }[] = [
  // email addresses
  { input: 'You can email me at jo.bloggs@example.org if you want', output: 'You can email me at [email] if you want' },
  { input: 'contact: J_Smith+survey@mail.example.com.', output: 'contact: [email].' },
  { input: "o'neill.p@example.co.uk and ANON@EXAMPLE.ORG", output: '[email] and [email]' },
  // UK phone numbers
  { input: 'ring me on 07700 900123 anytime', output: 'ring me on [phone] anytime' },
  { input: 'mobile 07700900456', output: 'mobile [phone]' },
  { input: 'Call +44 7700 900789 or +44 (0)131 496 0123', output: 'Call [phone] or [phone]' },
  { input: 'office (0141) 496-0555 ext 2', output: 'office [phone] ext 2' },
  { input: 'London 020 7946 0321, freephone 0800 123 4567', output: 'London [phone], freephone [phone]' },
  { input: 'tel 0044 131 496 0999.', output: 'tel [phone].' },
  { input: '0131.496.0111', output: '[phone]' },
  // postcodes
  { input: 'I live in G81 1AA now', output: 'I live in [postcode] now' },
  { input: 'moved to eh11yz last year', output: 'moved to [postcode] last year' },
  { input: 'Address: 12 High St, KA7 1XX.', output: 'Address: 12 High St, [postcode].' },
  // names after a cue
  { input: 'My worker Sarah Jones listened', output: 'My worker [name] listened' },
  { input: 'my social worker, Callum, was brilliant', output: 'my social worker, [name], was brilliant' },
  { input: 'Mr McDonald in the office helped', output: 'Mr [name] in the office helped' },
  { input: "Dr O'Neill and PC Zbigniew Nowak", output: 'Dr [name] and PC [name]' },
  { input: 'my name is zara and I want to say thanks', output: 'my name is [name] and I want to say thanks' },
  { input: 'the lady called Ngozi at reception', output: 'the lady called [name] at reception' },
  { input: 'Sheriff Brown gave me a chance', output: 'Sheriff [name] gave me a chance' },
  { input: 'my son Kai was with me', output: 'my son [name] was with me' },
  // common first names with or without a surname
  { input: 'Fiona was the only one who listened', output: '[name] was the only one who listened' },
  { input: 'thanks to Iain Robertson and Mhairi', output: 'thanks to [name] and [name]' },
  { input: 'John said I would be fine', output: '[name] said I would be fine' },
  // first names that are also words: only with a surname
  { input: 'Grace Kelly from the team', output: '[name] from the team' },
  { input: 'May Thompson sorted my housing', output: '[name] sorted my housing' },
  // a name the partnership gives
  { input: 'the staff at Dunbar House were good, dunbar house is great', output: 'the staff at [name] were good, [name] is great' },
  // everything at once
  {
    input: 'My worker Sarah Jones (sarah.jones@example.org, 07700 900123) in G81 1AA was great',
    output: 'My worker [name] ([email], [phone]) in [postcode] was great',
  },
];

export const missed: { input: string; why: string }[] = [
  { input: 'Zbigniew helped me loads', why: 'a name not on the list, with no cue before it' },
  { input: 'big thanks to sarah', why: 'a name in lower case with no cue' },
  { input: 'Smith was great', why: 'a surname on its own' },
  { input: 'I got help in G81', why: 'a partial postcode (outward code only)' },
  { input: 'text 7700 900123', why: 'a phone number without its leading 0' },
  { input: 'call oh seven seven double oh', why: 'a phone number in words' },
  { input: 'email sarah at example dot org', why: 'an email address written out' },
  { input: 'I was born on 3 March 1990', why: 'a date of birth' },
  { input: 'my case number is CJ-2023-0412', why: 'a case or reference number' },
  { input: 'the only woman on the island with a tag', why: 'a detail that identifies someone by what happened to them' },
  { input: 'the hostel on Mill Road was cold', why: 'a place or service name not given in options.names' },
  { input: 'Will I get help next time?', why: 'Will at the start of a question is a word, not a name (deliberately not redacted)' },
  { input: 'In May it got better', why: 'May as a month (deliberately not redacted)' },
];
