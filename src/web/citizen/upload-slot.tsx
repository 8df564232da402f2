// The files of one document: pick or photograph, a progress bar while it travels, replace or remove afterwards.
import { Button, Group, Progress, Stack, Text } from '@mantine/core';
import { type ChangeEvent, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { fileAccept } from './upload-with-progress.ts';
import type { UploadItem, Uploads } from './use-uploads.ts';

/** "320 KB", "1,2 MB". */
export function fileSizeText(bytes: number, language: string): string {
  const format = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 });
  if (bytes < 1024 * 1024) return `${format.format(Math.max(1, Math.round(bytes / 1024)))} KB`;
  return `${format.format(bytes / (1024 * 1024))} MB`;
}

/** A real file input, visually hidden but focusable, with a button-looking label after it. */
function FileInput({
  id,
  accessibleName,
  text,
  capture,
  variant,
  onFile,
}: {
  id: string;
  accessibleName: string;
  text: string;
  capture?: boolean;
  variant: 'filled' | 'light' | 'default' | 'subtle';
  onFile: (file: File) => void;
}) {
  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    for (const file of Array.from(input.files ?? [])) onFile(file);
    // The same file can be chosen again after a failure.
    input.value = '';
  };
  return (
    <span className={capture ? 'citizen-file citizen-file--camera' : 'citizen-file'}>
      <input
        id={id}
        type="file"
        className="citizen-file__input"
        accept={capture ? 'image/*' : fileAccept}
        capture={capture ? 'environment' : undefined}
        aria-label={accessibleName}
        onChange={onChange}
      />
      <Button component="label" htmlFor={id} variant={variant} size="md" className="citizen-file__button">
        {text}
      </Button>
    </span>
  );
}

function UploadRow({ item, uploads, label }: { item: UploadItem; uploads: Uploads; label: string }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const percent = Math.round(item.progress * 100);
  const size = fileSizeText(item.size, i18n.language);
  return (
    <li className="citizen-upload" data-status={item.status}>
      <Text fw={600} className="wrap-anywhere">
        {item.fileName}
      </Text>
      {item.status === 'uploading' && (
        <>
          <Progress
            value={percent}
            size="lg"
            radius="xl"
            striped
            aria-label={t('upload.progressLabel', { name: item.fileName })}
          />
          <Text size="sm" c="dark.4">
            {t('upload.uploading', { percent, size })}
          </Text>
        </>
      )}
      <Text size="sm" aria-live="polite" c={item.status === 'failed' ? 'crimson.8' : 'teal.9'}>
        {item.status === 'done' && `✓ ${t('upload.done', { size })}`}
        {item.status === 'failed' && item.failure && t(`upload.failure.${item.failure}`)}
      </Text>
      <Group gap="xs" mt={4}>
        {item.status === 'failed' && (item.failure === 'network' || item.failure === 'server') && (
          <Button variant="light" size="md" onClick={() => uploads.retry(item.key)}>
            {t('upload.retry')}
          </Button>
        )}
        <FileInput
          id={`${id}-replace`}
          accessibleName={t('upload.replaceFor', { name: item.fileName, label })}
          text={t('upload.replace')}
          variant="default"
          onFile={(file) => uploads.replace(item.key, file)}
        />
        <Button
          variant="subtle"
          color="crimson"
          size="md"
          aria-label={
            item.status === 'uploading'
              ? t('upload.cancelFor', { name: item.fileName })
              : t('upload.removeFor', { name: item.fileName })
          }
          onClick={() => uploads.remove(item.key)}
        >
          {item.status === 'uploading' ? t('upload.cancel') : t('upload.remove')}
        </Button>
      </Group>
    </li>
  );
}

export function UploadSlot({
  slot,
  label,
  uploads,
  error,
}: {
  slot: string;
  /** The document's name, so that every button says which document it is for. */
  label: string;
  uploads: Uploads;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const id = useId();
  const items = uploads.items.filter((item) => item.slot === slot);
  const hasFiles = items.length > 0;
  return (
    <Stack gap="xs">
      {hasFiles && (
        <ul className="plain-list citizen-upload-list" aria-label={t('upload.filesOf', { label })}>
          {items.map((item) => (
            <UploadRow key={item.key} item={item} uploads={uploads} label={label} />
          ))}
        </ul>
      )}
      <Group gap="xs">
        <FileInput
          id={`${id}-pick`}
          accessibleName={hasFiles ? t('upload.addMoreFor', { label }) : t('upload.chooseFor', { label })}
          text={hasFiles ? t('upload.addMore') : t('upload.choose')}
          variant={hasFiles ? 'default' : 'light'}
          onFile={(file) => uploads.add(slot, file)}
        />
        <FileInput
          id={`${id}-camera`}
          accessibleName={t('upload.photoFor', { label })}
          text={t('upload.photo')}
          capture
          variant="default"
          onFile={(file) => uploads.add(slot, file)}
        />
      </Group>
      {error && (
        <Text size="sm" c="crimson.8" fw={600} role="alert">
          {error}
        </Text>
      )}
    </Stack>
  );
}
