// Filters over a work list: code or applicant (as you type), statuses, channel; all of them kept in the URL.
import { Button, Group, MultiSelect, Select, TextInput } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { dossierStatuses } from '../../domain/dossier/lifecycle.ts';
import { useLifecycleText } from '../staff/lifecycle-text.ts';
import type { WorkListParams } from './work-list-params.ts';

interface WorkListFiltersProps {
  params: WorkListParams;
  onChange: (patch: Partial<WorkListParams>, options?: { replace?: boolean }) => void;
}

export function WorkListFilters({ params, onChange }: WorkListFiltersProps) {
  const { t } = useTranslation();
  const lifecycle = useLifecycleText();
  const [text, setText] = useState(params.q);
  const committed = useRef(params.q);

  useEffect(() => {
    if (params.q !== committed.current) {
      committed.current = params.q;
      setText(params.q);
    }
  }, [params.q]);

  useEffect(() => {
    const words = text.trim();
    if (words === committed.current) return;
    const timer = window.setTimeout(() => {
      committed.current = words;
      onChange({ q: words }, { replace: true });
    }, 300);
    return () => window.clearTimeout(timer);
  }, [text, onChange]);

  const isFiltered = params.q !== '' || params.status.length > 0 || params.channel !== '';

  return (
    <Group component="search" aria-label={t('worklist.filters')} gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        type="search"
        label={t('worklist.search')}
        placeholder={t('worklist.searchPlaceholder')}
        value={text}
        onChange={(event) => setText(event.currentTarget.value)}
        maxLength={200}
        autoComplete="off"
        w={300}
      />
      <MultiSelect
        label={t('worklist.status')}
        placeholder={params.status.length === 0 ? t('worklist.any') : undefined}
        data={dossierStatuses.map((status) => ({ value: status, label: lifecycle.status(status) }))}
        value={params.status}
        onChange={(values) =>
          onChange({ status: dossierStatuses.filter((status) => values.includes(status)) })
        }
        clearable
        w={340}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label={t('worklist.channel')}
        placeholder={t('worklist.any')}
        data={(['online', 'counter', 'post'] as const).map((channel) => ({
          value: channel,
          label: t(`channel.${channel}`),
        }))}
        value={params.channel || null}
        onChange={(value) =>
          onChange({ channel: value === 'online' || value === 'counter' || value === 'post' ? value : '' })
        }
        clearable
        w={170}
        comboboxProps={{ withinPortal: true }}
      />
      {isFiltered && (
        <Button
          variant="subtle"
          onClick={() => {
            committed.current = '';
            setText('');
            onChange({ q: '', status: [], channel: '' });
          }}
        >
          {t('worklist.clear')}
        </Button>
      )}
    </Group>
  );
}
