package fi.perhekeskus.web.pages;

import java.util.List;

import fi.perhekeskus.plan.api.PlanRuleViolation;

/**
 * A broken rule with what the page found out about it in the reader's language, such as whose
 * consent is missing for the need the rule names: the plan names the need, the page the people.
 */
public class ExplainedViolation extends RuntimeException {

    private final PlanRuleViolation violation;
    private final List<String> details;

    public ExplainedViolation(PlanRuleViolation violation, List<String> details) {
        super(violation.getMessage(), violation);
        this.violation = violation;
        this.details = List.copyOf(details);
    }

    PlanRuleViolation violation() {
        return violation;
    }

    List<String> details() {
        return details;
    }
}
