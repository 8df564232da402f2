// The required documents (thành phần hồ sơ) with originals and copies; on a phone each row becomes a card.
import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ProcedureDetail } from '../http/catalog-queries.ts';

export function DocumentsTable({ documents }: { documents: ProcedureDetail['documents'] }) {
  const { t } = useTranslation();
  if (documents.length === 0) return <Text>{t('procedure.noDocuments')}</Text>;

  const labels = {
    no: t('procedure.documentNo'),
    name: t('procedure.documentName'),
    originals: t('procedure.originals'),
    copies: t('procedure.copies'),
    requirement: t('procedure.requirement'),
    note: t('procedure.note'),
  };

  // Explicit roles: the stacked phone layout changes `display`, which some browsers take as "not a table".
  return (
    <Table className="stacked-table" role="table" striped withTableBorder verticalSpacing="sm" fz="md">
      <Table.Caption style={{ captionSide: 'top', textAlign: 'left', color: 'var(--mantine-color-dark-4)' }}>
        {t('procedure.documentsCaption')}
      </Table.Caption>
      <Table.Thead role="rowgroup">
        <Table.Tr role="row">
          <Table.Th role="columnheader" scope="col" w={56}>
            {labels.no}
          </Table.Th>
          <Table.Th role="columnheader" scope="col">
            {labels.name}
          </Table.Th>
          <Table.Th role="columnheader" scope="col" w={110} style={{ whiteSpace: 'nowrap' }}>
            {labels.originals}
          </Table.Th>
          <Table.Th role="columnheader" scope="col" w={110} style={{ whiteSpace: 'nowrap' }}>
            {labels.copies}
          </Table.Th>
          <Table.Th role="columnheader" scope="col" w={110} style={{ whiteSpace: 'nowrap' }}>
            {labels.requirement}
          </Table.Th>
          <Table.Th role="columnheader" scope="col">
            {labels.note}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody role="rowgroup">
        {documents.map((document, index) => (
          <Table.Tr key={document.id} role="row">
            <Table.Td role="cell" data-label={labels.no}>
              {index + 1}
            </Table.Td>
            <Table.Td role="cell" className="stacked-table__title wrap-anywhere" lang="vi">
              {document.name}
            </Table.Td>
            <Table.Td role="cell" data-label={labels.originals}>
              {document.originals}
            </Table.Td>
            <Table.Td role="cell" data-label={labels.copies}>
              {document.copies}
            </Table.Td>
            <Table.Td role="cell" data-label={labels.requirement}>
              {document.required ? t('procedure.required') : t('procedure.optional')}
            </Table.Td>
            <Table.Td role="cell" data-label={labels.note} className="wrap-anywhere">
              {document.note ? <span lang="vi">{document.note}</span> : '—'}
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
