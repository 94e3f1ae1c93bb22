/**
 * One of Scotland's 32 council areas (local authorities), the unit of a
 * Community Justice Partnership.
 *
 * - `code`: current GSS code (S12000xxx).
 * - `previousCode`: the code before the 2018/2019 boundary changes, for Fife,
 *   Perth and Kinross, Glasgow City and North Lanarkshire; otherwise `null`.
 * - `familyGroupPeople` / `familyGroupPlace`: Improvement Service LGBF family
 *   groups 1–4. People-based groups (Children, Social Work, Housing) run from
 *   least (1) to most (4) deprived; place-based groups run from most rural (1)
 *   to most urban (4). Numbering direction inferred from membership.
 * - `policeDivisionLetter` / `policeDivision`: Police Scotland local policing
 *   division (13 divisions).
 *
 * @example
 * ```ts
 * const wd: CouncilArea = councilAreas().find((a) => a.code === 'S12000039')!;
 * wd.familyGroupPeople; // 4
 * ```
 */
export interface CouncilArea {
  code: string;
  name: string;
  previousCode: string | null;
  familyGroupPeople: 1 | 2 | 3 | 4;
  familyGroupPlace: 1 | 2 | 3 | 4;
  policeDivisionLetter: string;
  policeDivision: string;
}

/**
 * The 32 council areas, in the order of the NRS/ONS name list.
 *
 * Sources (copied from the team's `council_areas.csv`, see its README):
 * GSS codes and the four recodes (S12000015 → S12000047 Fife, S12000024 →
 * S12000048 Perth and Kinross, S12000046 → S12000049 Glasgow City,
 * S12000044 → S12000050 North Lanarkshire) from public code lookups
 * cross-checked against each other; LGBF family groups from the Improvement
 * Service, "How do we compare councils?"
 * (https://www.improvementservice.org.uk/benchmarking/how-do-we-compare-councils;
 * Glasgow City's place-based group 4 inferred, the copy read being cut off);
 * police divisions from the Scottish Government SCJS weighting code
 * (ScotGovAnalysis/scjs_multiyear_weighting, functions/create_pd2.R, commit
 * f9c0d810a37aaea4fb6b3a948d0040067b651c61).
 *
 * @example
 * ```ts
 * COUNCIL_AREAS.length; // 32
 * COUNCIL_AREAS.find((a) => a.code === 'S12000047')?.previousCode; // 'S12000015' (Fife before 2018)
 * ```
 */
export const COUNCIL_AREAS: readonly CouncilArea[] = Object.freeze([
  { code: 'S12000033', name: 'Aberdeen City', previousCode: null, familyGroupPeople: 1, familyGroupPlace: 4, policeDivisionLetter: 'A', policeDivision: 'North East' },
  { code: 'S12000034', name: 'Aberdeenshire', previousCode: null, familyGroupPeople: 1, familyGroupPlace: 1, policeDivisionLetter: 'A', policeDivision: 'North East' },
  { code: 'S12000041', name: 'Angus', previousCode: null, familyGroupPeople: 2, familyGroupPlace: 3, policeDivisionLetter: 'D', policeDivision: 'Tayside' },
  { code: 'S12000035', name: 'Argyll and Bute', previousCode: null, familyGroupPeople: 2, familyGroupPlace: 1, policeDivisionLetter: 'L', policeDivision: 'Argyll and West Dunbartonshire' },
  { code: 'S12000036', name: 'City of Edinburgh', previousCode: null, familyGroupPeople: 1, familyGroupPlace: 4, policeDivisionLetter: 'E', policeDivision: 'Edinburgh' },
  { code: 'S12000005', name: 'Clackmannanshire', previousCode: null, familyGroupPeople: 3, familyGroupPlace: 3, policeDivisionLetter: 'C', policeDivision: 'Forth Valley' },
  { code: 'S12000006', name: 'Dumfries and Galloway', previousCode: null, familyGroupPeople: 3, familyGroupPlace: 1, policeDivisionLetter: 'V', policeDivision: 'Dumfries and Galloway' },
  { code: 'S12000042', name: 'Dundee City', previousCode: null, familyGroupPeople: 4, familyGroupPlace: 4, policeDivisionLetter: 'D', policeDivision: 'Tayside' },
  { code: 'S12000008', name: 'East Ayrshire', previousCode: null, familyGroupPeople: 4, familyGroupPlace: 2, policeDivisionLetter: 'U', policeDivision: 'Ayrshire' },
  { code: 'S12000045', name: 'East Dunbartonshire', previousCode: null, familyGroupPeople: 1, familyGroupPlace: 4, policeDivisionLetter: 'G', policeDivision: 'Greater Glasgow' },
  { code: 'S12000010', name: 'East Lothian', previousCode: null, familyGroupPeople: 2, familyGroupPlace: 2, policeDivisionLetter: 'J', policeDivision: 'The Lothians and Scottish Borders' },
  { code: 'S12000011', name: 'East Renfrewshire', previousCode: null, familyGroupPeople: 1, familyGroupPlace: 3, policeDivisionLetter: 'G', policeDivision: 'Greater Glasgow' },
  { code: 'S12000014', name: 'Falkirk', previousCode: null, familyGroupPeople: 3, familyGroupPlace: 4, policeDivisionLetter: 'C', policeDivision: 'Forth Valley' },
  { code: 'S12000047', name: 'Fife', previousCode: 'S12000015', familyGroupPeople: 3, familyGroupPlace: 2, policeDivisionLetter: 'P', policeDivision: 'Fife' },
  { code: 'S12000049', name: 'Glasgow City', previousCode: 'S12000046', familyGroupPeople: 4, familyGroupPlace: 4, policeDivisionLetter: 'G', policeDivision: 'Greater Glasgow' },
  { code: 'S12000017', name: 'Highland', previousCode: null, familyGroupPeople: 2, familyGroupPlace: 1, policeDivisionLetter: 'N', policeDivision: 'Highlands and Islands' },
  { code: 'S12000018', name: 'Inverclyde', previousCode: null, familyGroupPeople: 4, familyGroupPlace: 3, policeDivisionLetter: 'K', policeDivision: 'Renfrewshire and Inverclyde' },
  { code: 'S12000019', name: 'Midlothian', previousCode: null, familyGroupPeople: 2, familyGroupPlace: 3, policeDivisionLetter: 'J', policeDivision: 'The Lothians and Scottish Borders' },
  { code: 'S12000020', name: 'Moray', previousCode: null, familyGroupPeople: 2, familyGroupPlace: 2, policeDivisionLetter: 'A', policeDivision: 'North East' },
  { code: 'S12000013', name: 'Na h-Eileanan Siar', previousCode: null, familyGroupPeople: 4, familyGroupPlace: 1, policeDivisionLetter: 'N', policeDivision: 'Highlands and Islands' },
  { code: 'S12000021', name: 'North Ayrshire', previousCode: null, familyGroupPeople: 4, familyGroupPlace: 2, policeDivisionLetter: 'U', policeDivision: 'Ayrshire' },
  { code: 'S12000050', name: 'North Lanarkshire', previousCode: 'S12000044', familyGroupPeople: 4, familyGroupPlace: 4, policeDivisionLetter: 'Q', policeDivision: 'Lanarkshire' },
  { code: 'S12000023', name: 'Orkney Islands', previousCode: null, familyGroupPeople: 1, familyGroupPlace: 1, policeDivisionLetter: 'N', policeDivision: 'Highlands and Islands' },
  { code: 'S12000048', name: 'Perth and Kinross', previousCode: 'S12000024', familyGroupPeople: 1, familyGroupPlace: 2, policeDivisionLetter: 'D', policeDivision: 'Tayside' },
  { code: 'S12000038', name: 'Renfrewshire', previousCode: null, familyGroupPeople: 3, familyGroupPlace: 3, policeDivisionLetter: 'K', policeDivision: 'Renfrewshire and Inverclyde' },
  { code: 'S12000026', name: 'Scottish Borders', previousCode: null, familyGroupPeople: 2, familyGroupPlace: 1, policeDivisionLetter: 'J', policeDivision: 'The Lothians and Scottish Borders' },
  { code: 'S12000027', name: 'Shetland Islands', previousCode: null, familyGroupPeople: 1, familyGroupPlace: 1, policeDivisionLetter: 'N', policeDivision: 'Highlands and Islands' },
  { code: 'S12000028', name: 'South Ayrshire', previousCode: null, familyGroupPeople: 3, familyGroupPlace: 2, policeDivisionLetter: 'U', policeDivision: 'Ayrshire' },
  { code: 'S12000029', name: 'South Lanarkshire', previousCode: null, familyGroupPeople: 3, familyGroupPlace: 3, policeDivisionLetter: 'Q', policeDivision: 'Lanarkshire' },
  { code: 'S12000030', name: 'Stirling', previousCode: null, familyGroupPeople: 2, familyGroupPlace: 2, policeDivisionLetter: 'C', policeDivision: 'Forth Valley' },
  { code: 'S12000039', name: 'West Dunbartonshire', previousCode: null, familyGroupPeople: 4, familyGroupPlace: 4, policeDivisionLetter: 'L', policeDivision: 'Argyll and West Dunbartonshire' },
  { code: 'S12000040', name: 'West Lothian', previousCode: null, familyGroupPeople: 3, familyGroupPlace: 3, policeDivisionLetter: 'J', policeDivision: 'The Lothians and Scottish Borders' },
] as CouncilArea[]);

/**
 * The 32 council areas (a copy, safe to modify).
 *
 * @example
 * ```ts
 * councilAreas().length; // 32
 * councilAreas()[0].name; // 'Aberdeen City'
 * ```
 */
export function councilAreas(): CouncilArea[] {
  return COUNCIL_AREAS.map((a) => ({ ...a }));
}
