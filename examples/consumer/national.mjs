// The CJPF national indicator set for the 32 council areas and Scotland, as an ES module.
//
//   node national.mjs [datasets-folder]
//
// The embedded datasets are not in the npm packages (27 MB): give the folder (a cjsnsa
// checkout's datasets/) as the argument or in CJSNSA_DATASETS. @cjsnsa/report's
// loadSnsaData reads every observation file of its catalogue.json, as the snsa command does.
import { computeIndicators } from '@cjsnsa/framework';
import { loadSnsaData } from '@cjsnsa/report';
import { describeNationalSet } from './describe-national-set.cjs';

const data = await loadSnsaData({ datasetsDir: process.argv[2] }); // no argument: CJSNSA_DATASETS (findDatasetsDir)
const results = computeIndicators({ observations: data.observations, indicators: 'national', areas: 'all' });
console.log(describeNationalSet(results.objects(), data.datasetsDir));
