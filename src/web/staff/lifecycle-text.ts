// Status, action and event names in the visitor's language, straight from the shared lifecycle module.
import { useTranslation } from 'react-i18next';
import {
  actionText,
  type DossierAction,
  type DossierEventKind,
  type DossierStatus,
  dossierActions,
  statusText,
} from '../../domain/dossier/lifecycle.ts';
import { currentLanguage } from '../i18n/index.ts';

function isAction(kind: string): kind is DossierAction {
  return (dossierActions as readonly string[]).includes(kind);
}

export function useLifecycleText() {
  const { t, i18n } = useTranslation();
  const language = currentLanguage(i18n.language);
  return {
    status: (status: DossierStatus): string => statusText[status]?.[language] ?? status,
    action: (action: DossierAction): string => actionText[action]?.[language] ?? action,
    /** Events are actions, plus counter reception, online submission and the applicant's supplement. */
    event: (kind: DossierEventKind | string): string => {
      if (isAction(kind)) return actionText[kind][language];
      if (kind === 'receive' || kind === 'submit' || kind === 'supplement-submitted')
        return t(`eventKind.${kind}`);
      return kind;
    },
  };
}
