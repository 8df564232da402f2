// Smaller parts of the procedure page: fees, legal basis, processing steps and the units that offer it.
import { Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useCatalogFormat } from '../catalog/format.ts';
import type { ProcedureDetail } from '../http/catalog-queries.ts';
import { vi } from '../i18n/vi.ts';

export function FeesList({ fees }: { fees: ProcedureDetail['fees'] }) {
  const format = useCatalogFormat();
  if (fees.length === 0) return <Text fw={600}>{format.fee(0)}</Text>;
  return (
    <ul className="plain-list">
      {fees.map((fee) => (
        <li key={`${fee.description}-${fee.amountVnd}`}>
          <Group
            justify="space-between"
            gap="xs"
            py={6}
            wrap="wrap"
            style={{ borderBottom: '1px solid #e9ecef' }}
          >
            <Text className="wrap-anywhere" lang="vi">
              {fee.description}
            </Text>
            <Text fw={700}>{format.fee(fee.amountVnd)}</Text>
          </Group>
        </li>
      ))}
    </ul>
  );
}

export function LegalBasisList({ items }: { items: string[] }) {
  return (
    <List spacing="xs" className="wrap-anywhere" lang="vi">
      {items.map((item) => (
        <List.Item key={item}>{item}</List.Item>
      ))}
    </List>
  );
}

type KnownRole = keyof typeof vi.role;

function isKnownRole(role: string): role is KnownRole {
  return Object.hasOwn(vi.role, role);
}

export function StepsList({ steps }: { steps: ProcedureDetail['steps'] }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const ordered = [...steps].sort((a, b) => a.position - b.position);
  return (
    <ol className="steps">
      {ordered.map((step) => (
        <li key={step.position}>
          <Text fw={600} className="wrap-anywhere" lang="vi">
            {step.name}
          </Text>
          <Text size="sm" c="dark.4">
            {[
              isKnownRole(step.role) ? t(`role.${step.role}`) : step.role,
              step.department,
              format.hours(step.hours),
            ]
              .filter(Boolean)
              .join(' · ')}
          </Text>
        </li>
      ))}
    </ol>
  );
}

const unitsShownFirst = 12;

/** Units grouped by level in the order the API lists them (the tree order). */
function groupByLevel(units: ProcedureDetail['units']): [string, ProcedureDetail['units']][] {
  const groups = new Map<string, ProcedureDetail['units']>();
  for (const unit of units) groups.set(unit.level, [...(groups.get(unit.level) ?? []), unit]);
  return [...groups.entries()];
}

function UnitNames({ units }: { units: ProcedureDetail['units'] }) {
  return (
    <SimpleGrid
      component="ul"
      className="plain-list"
      cols={{ base: 1, sm: 2, md: 3 }}
      spacing="xs"
      verticalSpacing={4}
    >
      {units.map((unit) => (
        <li key={unit.id} className="wrap-anywhere" lang="vi">
          {unit.name}
        </li>
      ))}
    </SimpleGrid>
  );
}

export function UnitsList({ units }: { units: ProcedureDetail['units'] }) {
  const { t } = useTranslation();
  const format = useCatalogFormat();
  const [showAll, setShowAll] = useState(false);
  if (units.length === 0) return <Text>{t('procedure.noUnits')}</Text>;

  const groups = groupByLevel(showAll ? units : units.slice(0, unitsShownFirst));
  const [onlyGroup] = groups;
  return (
    <Stack gap="sm" align="stretch" id="procedure-unit-list">
      {groups.length === 1 && onlyGroup ? (
        <UnitNames units={onlyGroup[1]} />
      ) : (
        groups.map(([level, members]) => (
          <div key={level}>
            <Title order={3} size="h4" mb={4}>
              {format.level(level)}
            </Title>
            <UnitNames units={members} />
          </div>
        ))
      )}
      {units.length > unitsShownFirst && (
        <Button
          variant="subtle"
          px={0}
          style={{ alignSelf: 'flex-start' }}
          aria-expanded={showAll}
          aria-controls="procedure-unit-list"
          onClick={() => setShowAll((value) => !value)}
        >
          {showAll ? t('procedure.showFewerUnits') : t('procedure.showAllUnits', { count: units.length })}
        </Button>
      )}
    </Stack>
  );
}
