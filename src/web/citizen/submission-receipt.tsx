// After an online submission: the dossier code and the lookup key (shown this once), copy / image / print, the
// QR code of the lookup page, the estimated date and what happens next.
import { Alert, Anchor, Button, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import QRCode from 'qrcode';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDateTime } from '../staff/time-text.ts';
import { lookupPagePath } from './citizen-api.ts';
import { CitizenSection } from './citizen-section.tsx';
import { copyText } from './copy-text.ts';
import type { SubmittedDossier } from './online-form.tsx';
import { downloadBlob, receiptImageBlob } from './receipt-image.ts';

/** The key in groups of four, easier to read out and write down; the groups are not part of the key. */
function KeyGroups({ lookupKey }: { lookupKey: string }) {
  const groups = lookupKey.match(/.{1,4}/g) ?? [lookupKey];
  return (
    <>
      {groups.map((group, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the groups are positions in a fixed string
        <span key={index} className="citizen-receipt__group">
          {group}
        </span>
      ))}
    </>
  );
}

export function SubmissionReceipt({ dossier }: { dossier: SubmittedDossier }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const [qr, setQr] = useState<string>();
  const [notice, setNotice] = useState('');
  const lookupPath = lookupPagePath(dossier.code, dossier.lookupKey);
  const lookupUrl = `${window.location.origin}${lookupPath}`;
  const estimate = formatDateTime(dossier.appointmentEstimate);

  useEffect(() => {
    heading.current?.focus();
    window.scrollTo({ top: 0 });
  }, []);

  useEffect(() => {
    let isCurrent = true;
    QRCode.toDataURL(lookupUrl, { errorCorrectionLevel: 'M', margin: 2, width: 480 }).then(
      (url) => isCurrent && setQr(url),
      () => isCurrent && setQr(undefined),
    );
    return () => {
      isCurrent = false;
    };
  }, [lookupUrl]);

  const copy = async () => {
    const text = [
      `${t('receipt.code')}: ${dossier.code}`,
      `${t('receipt.key')}: ${dossier.lookupKey}`,
      `${t('receipt.lookupAt')}: ${lookupUrl}`,
    ].join('\n');
    setNotice((await copyText(text)) ? t('receipt.copied') : t('receipt.copyFailed'));
  };

  const saveImage = async () => {
    if (!qr) return;
    try {
      const blob = await receiptImageBlob({
        title: t('receipt.imageTitle'),
        rows: [
          { label: t('receipt.procedure'), value: dossier.procedureName },
          { label: t('receipt.unit'), value: dossier.unitName },
          { label: t('receipt.code'), value: dossier.code, isBig: true },
          { label: t('receipt.key'), value: dossier.lookupKey, isBig: true },
          ...(dossier.appointmentEstimate ? [{ label: t('receipt.estimate'), value: estimate }] : []),
        ],
        qrDataUrl: qr,
        qrCaption: lookupUrl,
        footer: t('receipt.imageFooter'),
      });
      downloadBlob(blob, `ho-so-${dossier.code}.png`);
      setNotice(t('receipt.imageSaved'));
    } catch {
      setNotice(t('receipt.imageFailed'));
    }
  };

  return (
    <Stack gap="lg" className="citizen-receipt-page">
      <Stack gap="xs">
        <Title order={1} ref={heading} tabIndex={-1}>
          {t('receipt.title')}
        </Title>
        <Text>{t('receipt.intro', { procedure: dossier.procedureName, unit: dossier.unitName })}</Text>
      </Stack>

      <CitizenSection id="receipt-codes" title={t('receipt.codesSection')} tone="success">
        <Stack gap="md" className="citizen-receipt">
          <div>
            <Text c="dark.4">{t('receipt.code')}</Text>
            <Text className="citizen-receipt__code" data-testid="dossier-code">
              {dossier.code}
            </Text>
          </div>
          <div>
            <Text c="dark.4" id="receipt-key-label">
              {t('receipt.key')}
            </Text>
            <Text
              className="citizen-receipt__key"
              data-testid="lookup-key"
              data-key={dossier.lookupKey}
              aria-labelledby="receipt-key-label"
            >
              <KeyGroups lookupKey={dossier.lookupKey} />
            </Text>
          </div>
          <Alert color="yellow" variant="light" title={t('receipt.onceTitle')} className="citizen-warning">
            <Text size="sm">{t('receipt.onceText')}</Text>
            <Text size="sm" mt={4}>
              {dossier.hasEmail ? t('receipt.emailed') : t('receipt.notEmailed')}
            </Text>
          </Alert>
          <Stack gap="xs" className="citizen-no-print">
            <Button variant="filled" size="md" fullWidth onClick={() => void copy()}>
              {t('receipt.copy')}
            </Button>
            <SimpleGrid cols={2} spacing="xs">
              <Button variant="default" size="md" px="xs" onClick={() => void saveImage()} disabled={!qr}>
                {t('receipt.saveImage')}
              </Button>
              <Button variant="default" size="md" px="xs" onClick={() => window.print()}>
                {t('receipt.print')}
              </Button>
            </SimpleGrid>
          </Stack>
          <Text size="sm" role="status" aria-live="polite" fw={600} c="teal.9" className="citizen-no-print">
            {notice}
          </Text>
          <figure className="citizen-qr">
            {qr ? (
              <img src={qr} width={220} height={220} alt={t('receipt.qrAlt', { code: dossier.code })} />
            ) : (
              <span className="citizen-qr__placeholder" />
            )}
            <figcaption>
              <Text size="sm">{t('receipt.qrCaption')}</Text>
              <Anchor component={Link} to={lookupPath} size="sm" fw={600} className="citizen-no-print">
                {t('receipt.openLookup')}
              </Anchor>
            </figcaption>
          </figure>
        </Stack>
      </CitizenSection>

      <CitizenSection id="receipt-estimate" title={t('receipt.estimateSection')}>
        {dossier.appointmentEstimate ? (
          <Text>
            {t('receipt.estimateText')} <strong data-testid="estimate">{estimate}</strong>
          </Text>
        ) : (
          <Text>{t('receipt.noEstimate')}</Text>
        )}
        <Text size="sm" c="dark.4" mt="xs">
          {t('receipt.estimateNote')}
        </Text>
      </CitizenSection>

      <CitizenSection id="receipt-next" title={t('receipt.nextSection')}>
        <List type="ordered" spacing="xs">
          <List.Item>{t('receipt.next1')}</List.Item>
          <List.Item>{t('receipt.next2')}</List.Item>
          <List.Item>{t('receipt.next3')}</List.Item>
          <List.Item>{t('receipt.next4')}</List.Item>
        </List>
      </CitizenSection>

      <Group gap="sm" className="citizen-no-print">
        <Button component={Link} to={lookupPath} size="md">
          {t('receipt.openLookup')}
        </Button>
        <Button component={Link} to="/thu-tuc" variant="default" size="md">
          {t('receipt.another')}
        </Button>
      </Group>
    </Stack>
  );
}
