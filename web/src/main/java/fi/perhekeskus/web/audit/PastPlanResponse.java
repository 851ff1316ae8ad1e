package fi.perhekeskus.web.audit;

import java.time.Instant;
import java.util.List;

import fi.perhekeskus.audit.versions.PastPlan;

/**
 * The plan as it stood at a moment, and which needs each network member could see then.
 *
 * @param version the plan's version then: the sequence number of the last event up to {@code asOf}
 */
record PastPlanResponse(Instant asOf, long version, PlanResponse plan, List<PastPlan.Right> rights) {
}
