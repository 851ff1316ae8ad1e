package fi.perhekeskus.caseview;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.ConsentCoverage.Specialist;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A current member of the case's network: the item's id is the professional's. */
@Entity
@Table(name = "case_view_network_member")
@AttributeOverride(name = "id", column = @Column(name = "professional_id"))
class NetworkMemberRow extends CaseItem {

    private UUID unitId;

    /** Every need they were admitted for; what they may see now is decided on each request. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    private Set<UUID> needIds;

    private Instant since;

    protected NetworkMemberRow() {
    }

    NetworkMemberRow(UUID caseId, UUID professionalId, UUID unitId, Set<UUID> needIds, long sequence, Instant since) {
        super(caseId, professionalId, sequence);
        this.unitId = unitId;
        this.needIds = Set.copyOf(needIds);
        this.since = since;
    }

    /** A member invited again for further needs keeps their place, unit and start date, as the plan does. */
    void widenBy(Set<UUID> moreNeedIds) {
        Set<UUID> all = new HashSet<>(needIds);
        all.addAll(moreNeedIds);
        needIds = Set.copyOf(all);
    }

    Specialist specialist() {
        return new Specialist(id(), unitId);
    }

    Set<UUID> needIds() {
        return needIds;
    }

    CaseView.NetworkMember toView(Names names) {
        return new CaseView.NetworkMember(id(), names.displayName(id()), unitId, needIds, since);
    }
}
