// The procedure's documents as a checklist: received or not, number of copies, and an optional scan per row.
import {
  Badge,
  Button,
  Checkbox,
  CloseButton,
  FileButton,
  Group,
  NumberInput,
  Table,
  Text,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../http/client.ts';
import { type UploadedFile, uploadFile } from '../http/send.ts';
import type { DocumentDraft } from './counter-form.ts';

// Remembered for the visit: once the server said it has no upload endpoint, no row offers one again.
let isUploadMissing = false;

// What POST /api/files takes (it checks the bytes, not the name), and its size limit.
const acceptedTypes =
  'application/pdf,image/jpeg,image/png,image/webp,image/heic,.heic,application/vnd.openxmlformats-officedocument.wordprocessingml.document,.docx';
const maxFileBytes = 10 * 1024 * 1024;

function ScanCell({
  document,
  onUploaded,
  onMissing,
}: {
  document: DocumentDraft;
  onUploaded: (file: UploadedFile | undefined) => void;
  onMissing: () => void;
}) {
  const { t } = useTranslation();
  const [isUploading, setUploading] = useState(false);
  const [failure, setFailure] = useState<string>();

  const upload = async (file: File | null) => {
    if (!file) return;
    if (file.size > maxFileBytes) {
      setFailure(t('counter.fileTooLarge'));
      return;
    }
    setUploading(true);
    setFailure(undefined);
    try {
      onUploaded(await uploadFile(file));
    } catch (error) {
      if (error instanceof ApiError && error.status === 404) onMissing();
      else if (error instanceof ApiError && error.status === 413) setFailure(t('counter.fileTooLarge'));
      else if (error instanceof ApiError && error.status === 415) setFailure(t('counter.fileType'));
      else setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setUploading(false);
    }
  };

  if (document.file) {
    return (
      <Group gap={4} wrap="nowrap">
        <Text size="sm" className="wrap-anywhere">
          {t('counter.uploaded', { name: document.file.name })}
        </Text>
        <CloseButton
          size="sm"
          aria-label={t('counter.removeUpload', { name: document.file.name })}
          onClick={() => onUploaded(undefined)}
        />
      </Group>
    );
  }
  return (
    <>
      <FileButton onChange={(file) => void upload(file)} accept={acceptedTypes}>
        {(props) => (
          <Button
            {...props}
            variant="default"
            size="compact-sm"
            loading={isUploading}
            aria-label={t('counter.uploadOf', { name: document.name })}
          >
            {t('counter.upload')}
          </Button>
        )}
      </FileButton>
      {failure && (
        <Text size="xs" c="crimson.8" role="alert">
          {t('counter.uploadFailed', { message: failure })}
        </Text>
      )}
    </>
  );
}

interface DocumentChecklistProps {
  documents: DocumentDraft[];
  onChange: (documents: DocumentDraft[]) => void;
}

export function DocumentChecklist({ documents, onChange }: DocumentChecklistProps) {
  const { t } = useTranslation();
  const [canUpload, setCanUpload] = useState(!isUploadMissing);
  if (documents.length === 0) return <Text>{t('counter.documentsEmpty')}</Text>;

  const update = (index: number, patch: Partial<DocumentDraft>) =>
    onChange(documents.map((document, i) => (i === index ? { ...document, ...patch } : document)));
  const markMissing = () => {
    isUploadMissing = true;
    setCanUpload(false);
  };

  return (
    <>
      <Table withTableBorder verticalSpacing={6} horizontalSpacing="xs" className="checklist">
        <Table.Caption className="visually-hidden">{t('counter.documentsCaption')}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={64}>{t('counter.received')}</Table.Th>
            <Table.Th>{t('procedure.documentName')}</Table.Th>
            <Table.Th w={76}>{t('counter.originals')}</Table.Th>
            <Table.Th w={96}>{t('counter.copies')}</Table.Th>
            {canUpload && <Table.Th w={150}>{t('counter.scan')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {documents.map((document, index) => (
            <Table.Tr key={document.componentId} data-checked={document.isChecked || undefined}>
              <Table.Td>
                <Checkbox
                  size="md"
                  checked={document.isChecked}
                  onChange={(event) => update(index, { isChecked: event.currentTarget.checked })}
                  aria-label={document.name}
                />
              </Table.Td>
              <Table.Td lang="vi" className="wrap-anywhere">
                {document.name}{' '}
                {document.isRequired && (
                  <Badge size="sm" variant="outline" color="crimson">
                    {t('counter.required')}
                  </Badge>
                )}
              </Table.Td>
              <Table.Td>{document.originals}</Table.Td>
              <Table.Td>
                <NumberInput
                  size="xs"
                  min={0}
                  max={20}
                  clampBehavior="strict"
                  allowDecimal={false}
                  allowNegative={false}
                  value={document.copies}
                  onChange={(value) => update(index, { copies: typeof value === 'number' ? value : 0 })}
                  aria-label={t('counter.copiesOf', { name: document.name })}
                  disabled={!document.isChecked}
                  w={72}
                />
              </Table.Td>
              {canUpload && (
                <Table.Td>
                  {document.isChecked && (
                    <ScanCell
                      document={document}
                      onUploaded={(file) => update(index, { file })}
                      onMissing={markMissing}
                    />
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!canUpload && (
        <Text size="sm" c="dark.4" mt="xs">
          {t('counter.uploadUnavailable')}
        </Text>
      )}
    </>
  );
}
