// The Mantine theme: a sober public-service look, deep blue actions under a deep red header, 16 px text.
import { createTheme, type MantineColorsTuple } from '@mantine/core';

const navy: MantineColorsTuple = [
  '#e9eef8',
  '#cfdbef',
  '#9fb6de',
  '#6b8fcb',
  '#4471bb',
  '#2c5eb1',
  '#1f54ae',
  '#134399',
  '#0b3a8a',
  '#003178',
];

const crimson: MantineColorsTuple = [
  '#fdebeb',
  '#f4d4d4',
  '#e9a6a7',
  '#de7577',
  '#d44d4f',
  '#cf3436',
  '#cd2629',
  '#b5191d',
  '#a21218',
  '#8f0611',
];

export const theme = createTheme({
  primaryColor: 'navy',
  primaryShade: 7,
  colors: { navy, crimson },
  fontFamily:
    "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
  headings: {
    fontFamily:
      "system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', 'Helvetica Neue', Arial, sans-serif",
    fontWeight: '700',
    sizes: {
      h1: { fontSize: '1.75rem', lineHeight: '1.3' },
      h2: { fontSize: '1.375rem', lineHeight: '1.35' },
      h3: { fontSize: '1.125rem', lineHeight: '1.4' },
    },
  },
  fontSizes: { xs: '0.875rem', sm: '0.9375rem', md: '1rem', lg: '1.125rem', xl: '1.25rem' },
  defaultRadius: 'sm',
  focusRing: 'auto',
  cursorType: 'pointer',
  respectReducedMotion: true,
  components: {
    // Vietnamese reads badly in capitals: keep the case as written.
    Badge: { defaultProps: { tt: 'none' } },
  },
});
