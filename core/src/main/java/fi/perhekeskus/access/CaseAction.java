package fi.perhekeskus.access;

import static fi.perhekeskus.access.Basis.INVITATION;
import static fi.perhekeskus.access.Basis.KEY_WORKER;
import static fi.perhekeskus.access.Basis.MEMBERSHIP;
import static fi.perhekeskus.access.Basis.SUPERVISION;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * Who may do what with a case: every command and view, and the places in a case from which it may
 * be done ({@link ProfessionalAction} is what is done by role alone, before any case). The one
 * table that the gate decides by, that the pages offer actions from and that the authorization
 * matrix test is checked against. Whether the plan then allows it is the plan's
 * business: the table never repeats a rule the aggregate decides (a member may try to end
 * another's membership; the plan refuses it).
 */
public enum CaseAction {

    READ(KEY_WORKER, MEMBERSHIP, SUPERVISION),
    PREVIEW(KEY_WORKER),
    HAND_OVER(KEY_WORKER, SUPERVISION),
    RECORD_FAMILY_LANGUAGE(KEY_WORKER),
    ADD_FAMILY_MEMBER(KEY_WORKER),
    END_FAMILY_MEMBERSHIP(KEY_WORKER),
    CORRECT_FAMILY_MEMBER(KEY_WORKER),
    RECORD_NEED(KEY_WORKER),
    REVISE_NEED(KEY_WORKER),
    RECORD_AGREEMENT(KEY_WORKER),
    CLOSE_NEED(KEY_WORKER),
    RECORD_CHILD_VIEW(KEY_WORKER),
    PLAN_ACTION(KEY_WORKER),
    /** The key worker, or a member for an action they are responsible for (the plan checks which). */
    COMPLETE_ACTION(KEY_WORKER, MEMBERSHIP),
    RECORD_CONSENT(KEY_WORKER),
    WITHDRAW_CONSENT(KEY_WORKER),
    INVITE(KEY_WORKER),
    WITHDRAW_INVITATION(KEY_WORKER),
    ANSWER_INVITATION(INVITATION),
    /** A member leaving, or the key worker ending someone's membership (the plan checks which). */
    END_MEMBERSHIP(KEY_WORKER, MEMBERSHIP),
    RECORD_REVIEW(KEY_WORKER),
    RECORD_APPROVAL(KEY_WORKER),
    CLOSE_CASE(KEY_WORKER),
    /** History, the plan at a moment, versions, diffs and the family's disclosure report. */
    LOOK_BACK(KEY_WORKER, SUPERVISION),
    REVIEW_ACCESS_LOG(SUPERVISION);

    /** What a refused professional is told: that there is no such case, or that they may not. */
    public enum Refusal {
        NOT_VISIBLE,
        NOT_ALLOWED
    }

    private final Set<Basis> allowed;

    CaseAction(Basis... allowed) {
        this.allowed = EnumSet.copyOf(Arrays.asList(allowed));
    }

    public boolean allows(Basis basis) {
        return allowed.contains(basis);
    }

    /** How a professional standing where {@code basis} says is refused; empty when they are allowed. */
    public Optional<Refusal> refusal(Basis basis) {
        if (allows(basis)) {
            return Optional.empty();
        }
        return Optional.of(basis == Basis.NONE ? Refusal.NOT_VISIBLE : Refusal.NOT_ALLOWED);
    }

    /** Every action open to a professional standing where {@code basis} says: what a page offers them. */
    public static Set<CaseAction> offeredTo(Basis basis) {
        var offered = EnumSet.noneOf(CaseAction.class);
        for (CaseAction action : values()) {
            if (action.allows(basis)) {
                offered.add(action);
            }
        }
        return offered;
    }
}
