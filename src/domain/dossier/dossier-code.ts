// Dossier codes (Circular 03/2025/TT-VPCP, Art. 13): {agency electronic identifier}-{YYMMDD}-{NNNN},
// the sequence per receiving agency per day, at least four digits, never reused.

export function formatDossierCode(agencyCode: string, localDate: string, sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1)
    throw new RangeError('sequence must be a positive integer');
  const yymmdd = `${localDate.slice(2, 4)}${localDate.slice(5, 7)}${localDate.slice(8, 10)}`;
  return `${agencyCode}-${yymmdd}-${String(sequence).padStart(4, '0')}`;
}

const CODE = /^([A-Za-z0-9.]{1,32})-(\d{6})-(\d{4,9})$/;

export function parseDossierCode(
  code: string,
): { agencyCode: string; yymmdd: string; sequence: number } | undefined {
  const m = CODE.exec(code);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { agencyCode: m[1], yymmdd: m[2], sequence: Number(m[3]) };
}

export function isDossierCode(code: string): boolean {
  return CODE.test(code);
}
