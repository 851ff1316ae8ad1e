package fi.perhekeskus.plan.api;

import java.util.Objects;

/**
 * A broken rule as it travels back to the sender of a command: the error details of Axon's
 * {@code CommandExecutionException}, which a distributed command bus serialises where it would
 * lose the exception itself.
 *
 * @param item the id (or, for text rules, the field) the refusal is about
 */
public record RuleBroken(PlanRule rule, String item) {

    public RuleBroken {
        Objects.requireNonNull(rule, "rule");
    }

    public static RuleBroken of(PlanRuleViolation violation) {
        return new RuleBroken(violation.rule(), violation.item());
    }

    /** The refusal again, on the sender's side. */
    public PlanRuleViolation violation() {
        return new PlanRuleViolation(rule, item);
    }
}
