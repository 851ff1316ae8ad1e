package fi.perhekeskus.caselist;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.access.Basis;

/**
 * One case in a professional's list. What a row holds depends on the professional's relation to
 * the case: the key worker sees the family's children and the open work, a network member and a
 * supervisor only which case it is, whose, and its status, never anything of the family.
 *
 * @param children           the children's display names; empty unless {@code relation} is KEY_WORKER
 * @param openNeeds          needs not closed; null unless KEY_WORKER, as are the counts below
 * @param awaitingAgreement  needs no family member has answered since they were last worded
 * @param pendingInvitations invitations waiting for a specialist's answer
 * @param overdueActions     open support actions due before today
 * @param nextReviewOn       as the latest review set it; null unless KEY_WORKER
 */
public record CaseListRow(UUID caseId, Basis relation, Status status, UUID unitId, KeyWorker keyWorker,
                          Instant openedAt, List<String> children, Integer openNeeds, Integer awaitingAgreement,
                          Integer pendingInvitations, Integer overdueActions, LocalDate nextReviewOn) {

    public CaseListRow {
        children = List.copyOf(children);
    }

    public enum Status {
        OPEN,
        CLOSED
    }

    public record KeyWorker(UUID id, String username, String displayName) {
    }
}
