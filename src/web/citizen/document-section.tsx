// The document checklist of the online form: one card per component of the procedure, each with its uploads.
import { Badge, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DocumentSlot } from './submission-form.ts';
import { UploadSlot } from './upload-slot.tsx';
import type { Uploads } from './use-uploads.ts';

export function slotOfComponent(componentId: number): string {
  return `component-${componentId}`;
}

/** The card's DOM id, where focus goes when its document is missing. */
export function documentCardId(componentId: number): string {
  return `citizen-document-${componentId}`;
}

export function DocumentSection({
  slots,
  uploads,
  missing,
}: {
  slots: readonly DocumentSlot[];
  uploads: Uploads;
  /** Required components still without a file, once the citizen tried to send. */
  missing: ReadonlySet<number>;
}) {
  const { t } = useTranslation();
  if (slots.length === 0) return <Text>{t('submit.noDocuments')}</Text>;
  return (
    <Stack gap="sm">
      <Text size="sm" c="dark.4">
        {t('submit.documentsHint')}
      </Text>
      <ol className="plain-list citizen-checklist">
        {slots.map((slot, index) => {
          const slotId = slotOfComponent(slot.componentId);
          const count = uploads.items.filter((item) => item.slot === slotId && item.status === 'done').length;
          return (
            <li
              key={slot.componentId}
              id={documentCardId(slot.componentId)}
              tabIndex={-1}
              className="citizen-card"
              data-component={slot.componentId}
            >
              <Group gap="xs" wrap="nowrap" align="flex-start" mb={6}>
                <span className="citizen-card__number" aria-hidden="true">
                  {count > 0 ? '✓' : index + 1}
                </span>
                <Stack gap={4} style={{ minWidth: 0 }}>
                  <Text fw={600} lang="vi" className="wrap-anywhere">
                    {slot.name}
                  </Text>
                  <Group gap={6}>
                    <Badge
                      variant={slot.isRequired ? 'filled' : 'outline'}
                      color={slot.isRequired ? 'crimson.8' : 'gray.7'}
                      radius="sm"
                    >
                      {slot.isRequired ? t('submit.required') : t('submit.optional')}
                    </Badge>
                    {count > 0 && (
                      <Text size="sm" c="teal.9" fw={600}>
                        {t('submit.filesAttached', { count })}
                      </Text>
                    )}
                  </Group>
                  {slot.note && (
                    <Text size="sm" c="dark.4" lang="vi" className="wrap-anywhere">
                      {slot.note}
                    </Text>
                  )}
                </Stack>
              </Group>
              <UploadSlot
                slot={slotId}
                label={slot.name}
                uploads={uploads}
                error={missing.has(slot.componentId) ? t('submit.errors.documentMissing') : undefined}
              />
            </li>
          );
        })}
      </ol>
    </Stack>
  );
}
