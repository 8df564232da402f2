// The demo catalog: the procedures a district of Phú Thọ (Tân Sơn) and its communes handled
// before the 2025 reform, assembled from one file per field. Names are real national procedure
// names; codes are real where we could check them and otherwise illustrative (see each file).
import type { CatalogFile } from '../../../domain/catalog/schema.ts';
import { agricultureProcedures } from './catalog-agriculture.ts';
import { awardProcedures } from './catalog-awards.ts';
import { businessProcedures } from './catalog-business.ts';
import { certificationProcedures } from './catalog-certification.ts';
import { civilStatusProcedures } from './catalog-civil-status.ts';
import { constructionProcedures } from './catalog-construction.ts';
import { cultureProcedures } from './catalog-culture.ts';
import { educationProcedures } from './catalog-education.ts';
import { demoFields } from './catalog-fields.ts';
import { interiorProcedures } from './catalog-interior.ts';
import { justiceProcedures } from './catalog-justice.ts';
import { landProcedures } from './catalog-land.ts';
import { socialProcedures } from './catalog-social.ts';

export const demoCatalog: CatalogFile = {
  fields: demoFields,
  procedures: [
    ...civilStatusProcedures,
    ...certificationProcedures,
    ...justiceProcedures,
    ...landProcedures,
    ...constructionProcedures,
    ...businessProcedures,
    ...socialProcedures,
    ...educationProcedures,
    ...cultureProcedures,
    ...interiorProcedures,
    ...awardProcedures,
    ...agricultureProcedures,
  ],
};
