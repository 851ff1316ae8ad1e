package fi.perhekeskus.caseview;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * An invitation waiting for its specialist's answer, as the specialist's inbox shows it.
 *
 * @param family     the names of the family members those needs concern, which a member would see too
 * @param needs      the needs it is for that consent covers for the specialist now, in the family's
 *                   words: what they are asked to join for, and all they learn of the case before
 * @param consentIds the consents that cover those needs: the access log's basis for showing them
 */
public record InvitationToAnswer(UUID id, UUID caseId, CaseView.KeyWorker keyWorker, List<String> family,
                                 String message, LocalDate respondBy, List<Need> needs, Set<UUID> consentIds) {

    public InvitationToAnswer {
        family = List.copyOf(family);
        needs = List.copyOf(needs);
        consentIds = Set.copyOf(consentIds);
    }

    public record Need(UUID id, String description) {
    }
}
