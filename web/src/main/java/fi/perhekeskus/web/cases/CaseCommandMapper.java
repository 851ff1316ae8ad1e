package fi.perhekeskus.web.cases;

import java.util.UUID;

import fi.perhekeskus.plan.api.CloseCase;
import fi.perhekeskus.plan.api.CloseNeed;
import fi.perhekeskus.plan.api.CompleteSupportAction;
import fi.perhekeskus.plan.api.CorrectFamilyMember;
import fi.perhekeskus.plan.api.DeclineInvitation;
import fi.perhekeskus.plan.api.EndFamilyMembership;
import fi.perhekeskus.plan.api.FamilyLanguage;
import fi.perhekeskus.plan.api.FamilyMember;
import fi.perhekeskus.plan.api.HandOverKeyWorker;
import fi.perhekeskus.plan.api.InviteSpecialist;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.OpenCase;
import fi.perhekeskus.plan.api.PlanSupportAction;
import fi.perhekeskus.plan.api.RecordChildView;
import fi.perhekeskus.plan.api.RecordConsent;
import fi.perhekeskus.plan.api.RecordDeparture;
import fi.perhekeskus.plan.api.RecordNeed;
import fi.perhekeskus.plan.api.RecordNeedAgreement;
import fi.perhekeskus.plan.api.RecordReview;
import fi.perhekeskus.plan.api.ReviseNeed;
import fi.perhekeskus.plan.api.WithdrawConsent;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/**
 * Request bodies to the plan's commands. Path ids, server-chosen ids of new items and the
 * signed-in professional come in as parameters; everything else comes from the body, and a
 * command field left unmapped fails the build.
 */
@Mapper
interface CaseCommandMapper {

    @Mapping(target = "members", source = "request.family.members")
    @Mapping(target = "keyWorkerId", source = "keyWorker")
    @Mapping(target = "unitId", source = "unit")
    @Mapping(target = "language", source = "request.family.language",
            defaultExpression = "java(fi.perhekeskus.plan.api.FamilyLanguage.FINNISH)")
    OpenCase openCase(UUID caseId, UUID keyWorker, UUID unit, CaseRequests.OpenCase request);

    @Mapping(target = "interpreterNeeded", source = "interpreterNeeded", defaultValue = "false")
    FamilyLanguage language(CaseRequests.FamilyLanguage language);

    @Mapping(target = "memberId", expression = "java(java.util.UUID.randomUUID())")
    FamilyMember member(CaseRequests.Member member);

    /** Someone joining the family, with the id the server chose. */
    FamilyMember joining(UUID memberId, CaseRequests.Member member);

    EndFamilyMembership leaving(UUID caseId, UUID memberId, CaseRequests.MemberLeaving request);

    CorrectFamilyMember correction(UUID caseId, UUID memberId, CaseRequests.MemberCorrection request);

    HandOverKeyWorker handOver(UUID caseId, CaseRequests.HandOver request);

    RecordNeed recordNeed(UUID caseId, UUID needId, CaseRequests.RecordNeed request);

    ReviseNeed reviseNeed(UUID caseId, UUID needId, CaseRequests.ReviseNeed request);

    RecordNeedAgreement agreement(UUID caseId, UUID needId, CaseRequests.Agreement request);

    CloseNeed closeNeed(UUID caseId, UUID needId, CaseRequests.NeedClosure request);

    RecordChildView childView(UUID caseId, UUID viewId, CaseRequests.ChildView request);

    PlanSupportAction action(UUID caseId, UUID actionId, CaseRequests.Action request);

    @Mapping(target = "completedBy", source = "by")
    CompleteSupportAction completion(UUID caseId, UUID actionId, UUID by, CaseRequests.Note request);

    @Mapping(target = "childMaturityAssessed", source = "request.childMaturityAssessed", defaultValue = "false")
    RecordConsent consent(UUID caseId, UUID consentId, CaseRequests.Consent request);

    WithdrawConsent withdrawal(UUID caseId, UUID consentId, CaseRequests.ConsentWithdrawal request);

    @Mapping(target = "specialistUnitId", source = "specialistUnit")
    InviteSpecialist invitation(UUID caseId, UUID invitationId, UUID specialistUnit, CaseRequests.Invitation request);

    @Mapping(target = "specialistId", source = "specialist")
    DeclineInvitation decline(UUID caseId, UUID invitationId, UUID specialist, CaseRequests.RequiredReason request);

    @Mapping(target = "requestedBy", source = "by")
    RecordDeparture departure(UUID caseId, UUID professionalId, UUID by, CaseRequests.Reason request);

    RecordReview review(UUID caseId, UUID reviewId, CaseRequests.Review request);

    CloseCase closeCase(UUID caseId, CaseRequests.RequiredReason request);

    default NeedRaiser raiser(String raisedBy) {
        return "KEY_WORKER".equals(raisedBy) ? NeedRaiser.keyWorker() : NeedRaiser.familyMember(UUID.fromString(raisedBy));
    }
}
