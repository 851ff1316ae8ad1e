package fi.perhekeskus.plan.api;

import java.util.Objects;

/** A command broke a rule of the shared plan; nothing was recorded. */
public class PlanRuleViolation extends RuntimeException {

    private final PlanRule rule;
    private final String item;

    /** @param item the id (or, for text rules, the field) the refusal is about */
    public PlanRuleViolation(PlanRule rule, Object item) {
        super(rule.name() + ": " + rule.explain(String.valueOf(item)));
        this.rule = Objects.requireNonNull(rule, "rule");
        this.item = String.valueOf(item);
    }

    public PlanRule rule() {
        return rule;
    }

    public String item() {
        return item;
    }
}
