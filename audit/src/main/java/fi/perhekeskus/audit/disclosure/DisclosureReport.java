package fi.perhekeskus.audit.disclosure;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The family's "who saw our data and why" report (luovutusloki): for a period, every time the
 * family's needs crossed to a professional on the strength of consent.
 *
 * @param memberId the family member the report is for; null for the whole family
 * @param from     inclusive
 * @param to       exclusive
 */
public record DisclosureReport(UUID caseId, UUID memberId, Instant from, Instant to, List<Disclosed> disclosures) {

    public DisclosureReport {
        disclosures = List.copyOf(disclosures);
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
