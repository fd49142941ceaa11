import { useTranslation } from 'react-i18next';
import { StatusBadge, type Tone } from '../../../shared/ui';
import type { Stage } from '../api/prosecution';

const TONES: Partial<Record<Stage, Tone>> = { final: 'success', dismissed: 'neutral', noCase: 'neutral', trial: 'warning', judgment: 'warning', appeal: 'warning' };

export function StageBadge({ stage }: { stage: Stage }) {
  const { t } = useTranslation();
  return <StatusBadge tone={TONES[stage] ?? 'info'} label={t(`prosecution.stage.${stage}`)} />;
}
