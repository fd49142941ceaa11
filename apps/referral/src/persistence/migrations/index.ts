import { CreateDirectoryAndRules1796126400000 } from './20261201120000-create-directory-and-rules';
import { CreateReferrals1796126460000 } from './20261201120100-create-referrals';
import { AddIdentificationUnit1796637600000 } from './20261207100000-add-identification-unit';
import { CreateAgencyChangeRequests1796639400000 } from './20261207103000-create-agency-change-requests';
import { AddEscalationResolution1796647200000 } from './20261207124000-add-escalation-resolution';

/** This service's own migrations, after the shared ones (PLATFORM_MIGRATIONS), oldest first. */
export const REFERRAL_MIGRATIONS = [CreateDirectoryAndRules1796126400000, CreateReferrals1796126460000, AddIdentificationUnit1796637600000, CreateAgencyChangeRequests1796639400000, AddEscalationResolution1796647200000];
