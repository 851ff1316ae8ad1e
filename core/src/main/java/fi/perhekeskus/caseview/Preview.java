package fi.perhekeskus.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import fi.perhekeskus.plan.api.ConsentCoverage.Verdict;
import fi.perhekeskus.plan.api.NeedStatus;

/**
 * What a specialist would see on joining now, and for every open need whether it would be shared
 * with them and, if not, why: for the key worker and the family, before an invitation.
 *
 * @param shown  exactly the member's view the specialist would get
 * @param family the names of every member of the family, for the key worker who asks
 * @param needs  every open need of the plan, in the order recorded
 */
public record Preview(CaseView shown, List<String> family, List<NeedSharing> needs) {

    public Preview {
        Objects.requireNonNull(shown, "shown");
        family = List.copyOf(family);
        needs = List.copyOf(needs);
    }

    /**
     * @param shared whether the need is in {@code shown}: agreed by the family and covered for every
     *               member it concerns
     * @param parts  each concerned member's part, as the plan's consent rule decides it
     */
    public record NeedSharing(UUID needId, String description, NeedStatus status, boolean shared,
                              List<MemberPart> parts) {

        public NeedSharing {
            parts = List.copyOf(parts);
        }

        /** The family has not agreed to the need as worded, whatever consent there is. */
        public boolean notAgreed() {
            return status != NeedStatus.AGREED;
        }
    }

    /**
     * @param lastValidDay when consent is missing because grants reached their end date: the last day
     *                     the latest of them was valid; otherwise null
     */
    public record MemberPart(UUID memberId, String displayName, Verdict verdict, LocalDate lastValidDay) {

        public boolean covered() {
            return verdict == Verdict.COVERED;
        }
    }
}
