package fi.perhekeskus.plan;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.AcceptInvitation;
import fi.perhekeskus.plan.api.AgreementChannel;
import fi.perhekeskus.plan.api.AgreementDecision;
import fi.perhekeskus.plan.api.CaseOpened;
import fi.perhekeskus.plan.api.ConsentDecision;
import fi.perhekeskus.plan.api.ConsentForm;
import fi.perhekeskus.plan.api.ConsentGranted;
import fi.perhekeskus.plan.api.ConsentPolicy;
import fi.perhekeskus.plan.api.ConsentRefused;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.InvitationAccepted;
import fi.perhekeskus.plan.api.InvitationLapseReason;
import fi.perhekeskus.plan.api.InvitationLapsed;
import fi.perhekeskus.plan.api.InviteSpecialist;
import fi.perhekeskus.plan.api.MemberRole;
import fi.perhekeskus.plan.api.NeedAgreed;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedRecorded;
import fi.perhekeskus.plan.api.Recipient;
import fi.perhekeskus.plan.api.RecordConsent;
import fi.perhekeskus.plan.api.RecordNeedAgreement;
import fi.perhekeskus.plan.api.SpecialistInvited;
import fi.perhekeskus.plan.api.WithdrawConsent;

/**
 * One fictional family and the professionals around it, with the events and commands the tests
 * build on. Every test reads "now" as a Monday morning in Helsinki.
 */
final class TestPlan {

    static final Instant NOW = Instant.parse("2026-03-02T08:00:00Z");
    static final LocalDate TODAY = LocalDate.of(2026, 3, 2);
    static final ConsentPolicy POLICY = ConsentPolicy.DEFAULT;
    static final LocalDate VALID_UNTIL = TODAY.plusMonths(6);
    static final Instant CONSENT_ENDS_AT = POLICY.endOf(VALID_UNTIL);
    static final LocalDate RESPOND_BY = TODAY.plusDays(14);
    static final Instant INVITATION_EXPIRES_AT = POLICY.endOf(RESPOND_BY);

    static final UUID CASE = id("case");
    static final UUID EAST = id("unit east");
    static final UUID WEST = id("unit west");
    static final UUID KEY_WORKER = id("maija");
    static final UUID NEXT_KEY_WORKER = id("jari");
    static final UUID SPECIALIST = id("sami");
    static final UUID OTHER_SPECIALIST = id("outi");
    static final UUID CONSULTANT = id("tuula");
    private static final Map<UUID, UUID> UNITS = Map.of(
            SPECIALIST, EAST, OTHER_SPECIALIST, EAST, CONSULTANT, WEST, NEXT_KEY_WORKER, WEST, KEY_WORKER, EAST);

    static final UUID MOTHER = id("mother");
    static final UUID FATHER = id("father");
    static final UUID GRANNY = id("granny");
    static final UUID EMMA = id("emma, 13");
    static final UUID LEO = id("leo, 7");
    static final List<FamilyMember> FAMILY = List.of(
            new FamilyMember(MOTHER, MemberRole.GUARDIAN, "Anna", null),
            new FamilyMember(FATHER, MemberRole.GUARDIAN, "Mikko", LocalDate.of(1984, 2, 11)),
            new FamilyMember(GRANNY, MemberRole.OTHER_ADULT, "Aino", null),
            new FamilyMember(EMMA, MemberRole.CHILD, "Emma", LocalDate.of(2012, 5, 1)),
            new FamilyMember(LEO, MemberRole.CHILD, "Leo", LocalDate.of(2018, 9, 10)));

    static final UUID SCHOOL = id("need: Emma does not want to go to school");
    static final UUID SLEEP = id("need: Leo cannot sleep");
    static final UUID EVENINGS = id("need: our evenings end in shouting");
    static final UUID PARENTS = id("need: we parents cannot agree");
    static final String DESCRIPTION = "Illat menee huutamiseksi.\n  Emme jaksa enää.";
    static final String PURPOSE = "Support from family counselling";
    static final String MESSAGE = "Could you meet the family?";

    static final UUID CONSENT = id("consent 1");
    static final UUID SECOND_CONSENT = id("consent 2");
    static final UUID REFUSAL = id("refusal");
    static final UUID INVITATION = id("invitation 1");
    static final UUID ACTION = id("action 1");

    private TestPlan() {
    }

    static UUID id(String name) {
        return UUID.nameUUIDFromBytes(name.getBytes(StandardCharsets.UTF_8));
    }

    static UUID unitOf(UUID professionalId) {
        return UNITS.get(professionalId);
    }

    static boolean isChild(UUID memberId) {
        return memberId.equals(EMMA) || memberId.equals(LEO);
    }

    static UUID invitationOf(UUID specialistId) {
        return id("invitation of " + specialistId);
    }

    static CaseOpened caseOpened() {
        return new CaseOpened(CASE, FAMILY, KEY_WORKER, EAST, FamilyLanguage.FINNISH);
    }

    static NeedRecorded needRecorded(UUID needId, UUID... concerns) {
        return new NeedRecorded(CASE, needId, DESCRIPTION, null, Set.of(concerns), NeedRaiser.familyMember(MOTHER));
    }

    static NeedAgreed agreedBy(UUID memberId, UUID needId) {
        return new NeedAgreed(CASE, needId, memberId, AgreementChannel.MEETING, NOW.minusSeconds(3600), null);
    }

    static RecordNeedAgreement answer(UUID needId, UUID memberId, AgreementDecision decision) {
        return new RecordNeedAgreement(CASE, needId, memberId, decision, AgreementChannel.PHONE, NOW, null);
    }

    static ConsentGranted granted(UUID consentId, UUID givenBy, Recipient recipient, UUID... needIds) {
        return new ConsentGranted(CASE, consentId, givenBy, recipient, Set.of(needIds), PURPOSE, VALID_UNTIL,
                CONSENT_ENDS_AT, ConsentForm.WRITTEN, isChild(givenBy), "deadline of " + consentId);
    }

    /** The mother's consent for Emma's school need, whose end has passed but whose expiry has not been recorded yet. */
    static ConsentGranted mothersGrantEndedYesterday() {
        LocalDate yesterday = TODAY.minusDays(1);
        return new ConsentGranted(CASE, CONSENT, MOTHER, Recipient.professional(SPECIALIST), Set.of(SCHOOL), PURPOSE,
                yesterday, POLICY.endOf(yesterday), ConsentForm.WRITTEN, false, "deadline not run yet");
    }

    static ConsentRefused refused(UUID consentId, UUID givenBy, Recipient recipient, UUID... needIds) {
        return new ConsentRefused(CASE, consentId, givenBy, recipient, Set.of(needIds), null, ConsentForm.VERBAL,
                isChild(givenBy));
    }

    static RecordConsent grant(UUID consentId, UUID givenBy, Recipient recipient, UUID... needIds) {
        return new RecordConsent(CASE, consentId, givenBy, ConsentDecision.GRANT, recipient, Set.of(needIds), PURPOSE,
                VALID_UNTIL, ConsentForm.WRITTEN, isChild(givenBy));
    }

    static RecordConsent grantUntil(LocalDate validUntil, UUID needId) {
        return new RecordConsent(CASE, CONSENT, MOTHER, ConsentDecision.GRANT, Recipient.professional(SPECIALIST),
                Set.of(needId), PURPOSE, validUntil, ConsentForm.WRITTEN, false);
    }

    static RecordConsent refuse(UUID consentId, UUID givenBy, Recipient recipient, UUID... needIds) {
        return new RecordConsent(CASE, consentId, givenBy, ConsentDecision.REFUSE, recipient, Set.of(needIds), null,
                null, ConsentForm.VERBAL, isChild(givenBy));
    }

    static WithdrawConsent withdraw(UUID consentId, UUID withdrawnBy) {
        return new WithdrawConsent(CASE, consentId, withdrawnBy, null);
    }

    static SpecialistInvited invited(UUID invitationId, UUID specialistId, Set<UUID> consentIds, UUID... needIds) {
        return new SpecialistInvited(CASE, invitationId, specialistId, unitOf(specialistId), Set.of(needIds),
                consentIds, MESSAGE, RESPOND_BY, INVITATION_EXPIRES_AT, "deadline of " + invitationId);
    }

    static InvitationAccepted accepted(UUID invitationId, UUID specialistId, Set<UUID> consentIds, UUID... needIds) {
        return new InvitationAccepted(CASE, invitationId, specialistId, unitOf(specialistId), Set.of(needIds),
                consentIds);
    }

    /** The specialist's pending invitation, as {@link History#invited} records it, ended by itself. */
    static InvitationLapsed lapsed(UUID specialistId, InvitationLapseReason reason) {
        return new InvitationLapsed(CASE, invitationOf(specialistId), reason);
    }

    static InviteSpecialist invite(UUID invitationId, UUID specialistId, UUID... needIds) {
        return new InviteSpecialist(CASE, invitationId, specialistId, unitOf(specialistId), Set.of(needIds),
                MESSAGE, RESPOND_BY);
    }

    static AcceptInvitation accept(UUID invitationId, UUID specialistId) {
        return new AcceptInvitation(CASE, invitationId, specialistId);
    }
}
