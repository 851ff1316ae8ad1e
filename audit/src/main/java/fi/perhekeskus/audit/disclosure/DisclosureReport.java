package fi.perhekeskus.audit.disclosure;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import fi.perhekeskus.plan.api.FamilyLanguage;

/**
 * The family's "who saw our data and why" report (luovutusloki): for a period, every time the
 * family's needs crossed to a professional on the strength of consent.
 *
 * @param memberId the family member the report is for; null for the whole family
 * @param from     inclusive
 * @param to       exclusive
 * @param whose    whom the report is for, and who at the family centre answers their questions
 */
public record DisclosureReport(UUID caseId, UUID memberId, Instant from, Instant to, Whose whose,
                               List<Disclosed> disclosures) {

    public DisclosureReport {
        disclosures = List.copyOf(disclosures);
    }

    /**
     * @param member       the family member it is for; null for the whole family
     * @param family       the names of the family's members
     * @param unit         the family centre's unit the case belongs to
     * @param keyWorker    the family's key worker, and how to reach them
     * @param nextReviewOn when the plan is next followed up with the family; null if no date is set
     * @param language     the family's language, in which the report is written where it can be
     */
    public record Whose(Named member, List<String> family, String unit, Contact keyWorker, LocalDate nextReviewOn,
                        FamilyLanguage language) {

        public Whose {
            family = List.copyOf(family);
        }
    }

    /** @param phone and {@code email} null where the directory has none */
    public record Contact(String name, String phone, String email) {
    }

    /**
     * One disclosure, named for a reader: who received which needs, whose they were, and the
     * consents that allowed it.
     *
     * @param what {@code INVITED}, {@code JOINED_NETWORK} or {@code EXPORTED}
     */
    public record Disclosed(Instant at, Named recipient, String what, List<Named> members, List<Named> needs,
                            List<ConsentBasis> consents) {

        public Disclosed {
            members = List.copyOf(members);
            needs = List.copyOf(needs);
            consents = List.copyOf(consents);
        }
    }

    /** @param name null when the plan or the directory no longer knows it */
    public record Named(UUID id, String name) {
    }

    /** @param givenBy the family member who gave it */
    public record ConsentBasis(UUID id, String purpose, Named givenBy) {
    }
}
