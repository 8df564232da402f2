// A titled card of the citizen pages, named by its heading for screen readers (a landmark region).
import { Paper, Title } from '@mantine/core';
import type { ReactNode } from 'react';

export function CitizenSection({
  id,
  title,
  step,
  children,
  tone,
}: {
  id: string;
  title: string;
  /** The step number of a form section, shown in a circle before the title. */
  step?: number;
  children: ReactNode;
  tone?: 'attention' | 'success';
}) {
  return (
    <Paper
      component="section"
      aria-labelledby={id}
      withBorder
      p={{ base: 'sm', sm: 'lg' }}
      className={tone ? `citizen-section citizen-section--${tone}` : 'citizen-section'}
    >
      <Title order={2} id={id} mb="sm" className="citizen-section__title">
        {step !== undefined && (
          <span className="citizen-section__step" aria-hidden="true">
            {step}
          </span>
        )}
        <span>{title}</span>
      </Title>
      {children}
    </Paper>
  );
}
