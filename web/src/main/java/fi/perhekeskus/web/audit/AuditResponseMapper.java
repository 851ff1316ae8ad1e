package fi.perhekeskus.web.audit;

import fi.perhekeskus.audit.versions.PastPlan;
import fi.perhekeskus.audit.versions.PlanDiff;
import fi.perhekeskus.caseview.CaseView;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;
import org.mapstruct.Named;

/** The audit API's answers from what the audit module reads; a field nobody maps fails the build. */
@Mapper
interface AuditResponseMapper {

    PastPlanResponse pastPlan(PastPlan past);

    PlanResponse plan(CaseView plan);

    DiffResponse diff(PlanDiff diff);

    @Mapping(target = "before", qualifiedByName = "item")
    @Mapping(target = "after", qualifiedByName = "item")
    DiffResponse.Change change(PlanDiff.Change change);

    PlanResponse.Agreement agreement(CaseView.Agreement agreement);

    PlanResponse.Consent consent(CaseView.Consent consent);

    PlanResponse.NetworkMember member(CaseView.NetworkMember member);

    PlanResponse.Invitation invitation(CaseView.Invitation invitation);

    PlanResponse.SupportAction action(CaseView.SupportAction action);

    /** A diff's item in the plan's shape; a need's wording is the audit module's own already. */
    @Named("item")
    default Object item(Object item) {
        if (item instanceof CaseView.Agreement agreement) {
            return agreement(agreement);
        }
        if (item instanceof CaseView.Consent consent) {
            return consent(consent);
        }
        if (item instanceof CaseView.NetworkMember member) {
            return member(member);
        }
        if (item instanceof CaseView.Invitation invitation) {
            return invitation(invitation);
        }
        if (item instanceof CaseView.SupportAction action) {
            return action(action);
        }
        return item;
    }
}
