import { findDate } from '../indexer/parse/meeting-fields';
for (const s of ['allotment committee minutes 12 feb 2025', 'Minutes 12.02.2025', 'minutes 12-02-2025', 'Minutes 12th February 2025', 'PC Minutes 12.02.25', 'feb 2025 minutes', 'Minutes-12-February-2025']) console.log(s, '=>', findDate(s));
