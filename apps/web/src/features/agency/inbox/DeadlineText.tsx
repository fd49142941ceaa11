import { Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReferralView } from '../api/referrals';
import { formatDuration, timeLeft } from './deadline';

/** Re-renders every 30 s so the time left moves while the screen stays open. */
function useNow(intervalMs = 30_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** "Acknowledgement due in 1 h 20" / "Decision 15 min late": the deadline running now, if any. */
export function DeadlineText({ referral }: { referral: Pick<ReferralView, 'status' | 'dueBy'> }) {
  const { t, i18n } = useTranslation();
  const now = useNow();
  const left = timeLeft(referral.dueBy, now);
  if (left.minutes === null) return null;
  const step = referral.status === 'pending' ? 'acknowledge' : 'decide';
  const duration = formatDuration(left.minutes, i18n.language);
  const colour = left.urgency === 'overdue' ? 'red.9' : left.urgency === 'soon' ? '#9a3412' : undefined; // AA contrast on white, unlike orange.9
  return (
    <Text size="sm" c={colour} fw={left.urgency === 'ok' ? undefined : 700} data-testid="deadline" data-urgency={left.urgency}>
      {t(`agency.deadline.${step}.${left.urgency === 'overdue' ? 'late' : 'left'}`, { duration })}
    </Text>
  );
}
