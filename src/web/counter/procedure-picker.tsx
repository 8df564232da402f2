// Search-as-you-type procedure picker for the counter: the unit's procedures, chosen by keyboard.
import { Combobox, Group, ScrollArea, Text, TextInput, useCombobox } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogFormat } from '../catalog/format.ts';
import { type ProcedureSummary, useProcedures } from '../http/catalog-queries.ts';

interface ProcedurePickerProps {
  unitId: number;
  value: ProcedureSummary | null;
  onChange: (procedure: ProcedureSummary | null) => void;
  error?: string | undefined;
}

export const ProcedurePicker = forwardRef<HTMLInputElement, ProcedurePickerProps>(function ProcedurePicker(
  { unitId, value, onChange, error },
  ref,
) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const combobox = useCombobox();
  const [search, setSearch] = useState(value?.name ?? '');
  const [debounced] = useDebouncedValue(search, 200);
  // Once chosen, the box shows the procedure's name: reopening it lists all of the unit's procedures.
  const query = value && debounced === value.name ? '' : debounced.trim();
  const procedures = useProcedures({ q: query, unitId: String(unitId), pageSize: 30 });
  const items = procedures.data?.items ?? [];
  // The list answers what is typed now (not an earlier query still on screen): Enter may pick its first line.
  const isSettled = !procedures.isPlaceholderData && !procedures.isFetching && debounced === search;

  const store = useRef(combobox);
  store.current = combobox;
  const onChangeRef = useRef(onChange);
  onChangeRef.current = onChange;

  useEffect(() => {
    if (value) setSearch(value.name);
  }, [value]);

  // Enter pressed before the answer came: pick when it comes, if the answer is unambiguous.
  const pendingEnter = useRef(false);

  // Fresh results: the first line is ready for Enter. Only then, so arrow keys are not overridden later.
  useEffect(() => {
    if (!isSettled || !procedures.data) return;
    const first = procedures.data.items[0];
    if (pendingEnter.current) {
      pendingEnter.current = false;
      const typed = debounced.trim();
      if (first && (procedures.data.items.length === 1 || first.code === typed)) {
        setSearch(first.name);
        onChangeRef.current(first);
        store.current.closeDropdown();
        return;
      }
    }
    if (store.current.dropdownOpened) store.current.selectFirstOption();
  }, [isSettled, procedures.data, debounced]);

  const pick = (id: string) => {
    const chosen = items.find((procedure) => String(procedure.id) === id);
    if (!chosen) return;
    setSearch(chosen.name);
    onChange(chosen);
    combobox.closeDropdown();
  };

  return (
    <Combobox store={combobox} onOptionSubmit={pick} withinPortal>
      <Combobox.Target>
        <TextInput
          ref={ref}
          size="md"
          label={t('counter.procedure')}
          placeholder={t('counter.procedurePlaceholder')}
          description={t('counter.procedureHint')}
          inputWrapperOrder={['label', 'description', 'input', 'error']}
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            combobox.resetSelectedOption();
            combobox.openDropdown();
            if (value) onChange(null);
          }}
          onFocus={(event) => {
            event.currentTarget.select();
            combobox.openDropdown();
          }}
          onClick={() => combobox.openDropdown()}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && !event.ctrlKey && !isSettled && search.trim())
              pendingEnter.current = true;
          }}
          onBlur={() => {
            combobox.closeDropdown();
            if (value) setSearch(value.name);
          }}
          rightSection={<Combobox.Chevron />}
          rightSectionPointerEvents="none"
          error={error}
          autoComplete="off"
          spellCheck={false}
          autoFocus
          data-autofocus
        />
      </Combobox.Target>
      <Combobox.Dropdown>
        <Combobox.Options>
          <ScrollArea.Autosize mah={360} type="scroll">
            {items.length === 0 ? (
              <Combobox.Empty>
                {procedures.isFetching ? t('app.loading') : t('counter.noProcedure')}
              </Combobox.Empty>
            ) : (
              items.map((procedure) => (
                <Combobox.Option
                  value={String(procedure.id)}
                  key={procedure.id}
                  active={procedure.id === value?.id}
                >
                  <Text size="sm" fw={600} lang="vi">
                    {procedure.name}
                  </Text>
                  <Group gap="sm" wrap="nowrap">
                    <Text size="xs" c="dark.4">
                      {procedure.code}
                    </Text>
                    <Text size="xs" c="dark.4">
                      {format.processingTime(procedure.processingTime, procedure.processingTimeUnit)}
                    </Text>
                  </Group>
                </Combobox.Option>
              ))
            )}
          </ScrollArea.Autosize>
        </Combobox.Options>
      </Combobox.Dropdown>
    </Combobox>
  );
});
