package fi.perhekeskus.web.audit;

import java.util.List;

import fi.perhekeskus.audit.versions.PlanDiff;

/**
 * What changed between two versions of a plan, item by item.
 *
 * @param changes in the order: needs, agreements, consents, members, invitations, actions
 */
record DiffResponse(long from, long to, List<Change> changes) {

    /**
     * @param section {@code needs}, {@code agreements}, {@code consents}, {@code members},
     *                {@code invitations} or {@code actions}
     * @param key     the item's id; for an answer to a need, the need's and the member's
     * @param before  the item as the plan showed it: for {@code needs} its wording and status, otherwise
     *                as in the plan's shape; null when added
     * @param after   likewise; null when removed
     */
    record Change(String section, String key, PlanDiff.Kind kind, Object before, Object after) {
    }
}
