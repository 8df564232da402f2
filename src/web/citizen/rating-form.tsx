// The satisfaction rating of a finished dossier: three big choices (a face and words, never colour alone), an
// optional comment and, folded away, the evaluation criteria.
import { Alert, Button, Collapse, Group, Radio, Stack, Text, Textarea, UnstyledButton } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../http/client.ts';
import {
  type LookupView,
  lookupKey,
  type RatingBody,
  type RatingCriterion,
  type RatingMark,
  type RatingScore,
  ratingCriteria,
  ratingMarks,
  ratingScores,
  sendRating,
} from './citizen-api.ts';
import { CitizenSection } from './citizen-section.tsx';

const mouths: Record<RatingScore, string> = {
  very_satisfied: 'M14 27 Q24 38 34 27 Z',
  satisfied: 'M15 29 Q24 35 33 29',
  dissatisfied: 'M15 33 Q24 25 33 33',
};

function Face({ score }: { score: RatingScore }) {
  return (
    <svg viewBox="0 0 48 48" width="44" height="44" aria-hidden="true" focusable="false">
      <circle cx="24" cy="24" r="21" fill="currentColor" opacity="0.14" />
      <circle cx="24" cy="24" r="21" fill="none" stroke="currentColor" strokeWidth="2.5" />
      <circle cx="17" cy="19" r="2.6" fill="currentColor" />
      <circle cx="31" cy="19" r="2.6" fill="currentColor" />
      <path
        d={mouths[score]}
        fill={score === 'very_satisfied' ? 'currentColor' : 'none'}
        stroke="currentColor"
        strokeWidth="2.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

type Problem = 'noScore' | 'closed' | 'tooMany' | 'server' | 'network';

export function RatingForm({
  view,
  lookupKey: key,
  onSent,
}: {
  view: LookupView;
  lookupKey: string;
  /** Called once the rating went through: the page says thank you. */
  onSent: () => void;
}) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [score, setScore] = useState<RatingScore>();
  const [comment, setComment] = useState('');
  const [criteria, setCriteria] = useState<Partial<Record<RatingCriterion, RatingMark>>>({});
  const [showsCriteria, setShowsCriteria] = useState(false);
  const [problem, setProblem] = useState<Problem>();

  const send = useMutation({
    mutationFn: (body: RatingBody) => sendRating(view.code, key, body),
    onSuccess: () => {
      onSent();
      void queryClient.invalidateQueries({ queryKey: lookupKey(view.code, key) });
    },
    onError: (error) => {
      if (error instanceof ApiError && error.status === 409) {
        setProblem('closed');
        void queryClient.invalidateQueries({ queryKey: lookupKey(view.code, key) });
      } else if (error instanceof ApiError) setProblem(error.status === 429 ? 'tooMany' : 'server');
      else setProblem('network');
    },
  });

  const submit = () => {
    setProblem(undefined);
    if (!score) {
      setProblem('noScore');
      document.getElementById(`rating-${ratingScores[0]}`)?.focus();
      return;
    }
    const body: RatingBody = { score };
    if (comment.trim()) body.comment = comment.trim();
    if (Object.keys(criteria).length > 0) body.criteria = criteria;
    send.mutate(body);
  };

  return (
    <CitizenSection id="lookup-rating" title={t('rating.title')}>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <fieldset className="citizen-scores">
            <legend>{t('rating.question')}</legend>
            {ratingScores.map((value) => (
              <label key={value} className="citizen-score" data-score={value}>
                <input
                  id={`rating-${value}`}
                  type="radio"
                  name="rating-score"
                  value={value}
                  checked={score === value}
                  onChange={() => {
                    setScore(value);
                    setProblem(undefined);
                  }}
                />
                <span className="citizen-score__face">
                  <Face score={value} />
                </span>
                <span className="citizen-score__text">{t(`rating.scores.${value}`)}</span>
              </label>
            ))}
          </fieldset>
          <Textarea
            label={t('rating.comment')}
            description={score === 'dissatisfied' ? t('rating.commentDissatisfied') : undefined}
            inputWrapperOrder={['label', 'description', 'input', 'error']}
            size="md"
            autosize
            minRows={2}
            maxRows={6}
            maxLength={2000}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
          />
          <div>
            <UnstyledButton
              className="citizen-toggle"
              aria-expanded={showsCriteria}
              aria-controls="rating-criteria"
              onClick={() => setShowsCriteria((value) => !value)}
            >
              <span aria-hidden="true">{showsCriteria ? '▾' : '▸'}</span>
              <span>{t('rating.criteriaToggle')}</span>
            </UnstyledButton>
            <Collapse expanded={showsCriteria} id="rating-criteria">
              <Stack gap="sm" mt="xs">
                {ratingCriteria.map((criterion) => (
                  <Radio.Group
                    key={criterion}
                    label={t(`rating.criteria.${criterion}`)}
                    value={criteria[criterion] ?? null}
                    onChange={(mark) =>
                      setCriteria((current) => ({ ...current, [criterion]: mark as RatingMark }))
                    }
                  >
                    <Group gap="lg" mt={6}>
                      {ratingMarks.map((mark) => (
                        <Radio key={mark} size="md" value={mark} label={t(`rating.marks.${mark}`)} />
                      ))}
                    </Group>
                  </Radio.Group>
                ))}
              </Stack>
            </Collapse>
          </div>
          {problem && (
            <Alert color="crimson" variant="light" role="alert" title={t('rating.notSent')}>
              {t(`rating.problem.${problem}`)}
            </Alert>
          )}
          <Button type="submit" size="lg" fullWidth loading={send.isPending}>
            {t('rating.send')}
          </Button>
        </Stack>
      </form>
    </CitizenSection>
  );
}

export function RatingDone({ score }: { score: RatingScore }) {
  const { t } = useTranslation();
  return (
    <CitizenSection id="lookup-rated" title={t('rating.title')}>
      <Group gap="sm" wrap="nowrap" className="citizen-score citizen-score--static" data-score={score}>
        <span className="citizen-score__face">
          <Face score={score} />
        </span>
        <Text>{t('rating.given', { score: t(`rating.scores.${score}`) })}</Text>
      </Group>
    </CitizenSection>
  );
}
