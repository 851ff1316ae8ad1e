package fi.perhekeskus.caseview;

import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.ConsentCoverage.Specialist;

/** How much of a case a view shows: all of it, or what is shared with one specialist. */
public sealed interface Visibility permits Visibility.All, Visibility.Needs {

    /** The key worker's and the supervisor's view. */
    Visibility ALL = new All();

    record All() implements Visibility {
    }

    /**
     * What may be shared with one specialist: only these needs (with their agreements, child's views
     * and actions), the family members they concern, the consents that are the basis, and of the
     * network only the specialist themself and their own invitations. Reviews, the plan's approval
     * and child's views about the plan as a whole are not shared: they speak of the whole family,
     * not of a consented need. The specialist is part of it, not just the need ids, because consents,
     * network and invitations are filtered by whom they concern.
     *
     * @param specialist the specialist, with the unit consents addressed to a unit are matched against
     * @param needIds    the open needs in their scope that consent covers for them now
     * @param consentIds the consents relied on for those needs: the basis the access log records
     */
    record Needs(Specialist specialist, Set<UUID> needIds, Set<UUID> consentIds) implements Visibility {

        public Needs {
            Objects.requireNonNull(specialist, "specialist");
            needIds = Set.copyOf(needIds);
            consentIds = Set.copyOf(consentIds);
        }
    }
}
