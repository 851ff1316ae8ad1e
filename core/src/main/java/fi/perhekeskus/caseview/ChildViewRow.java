package fi.perhekeskus.caseview;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.plan.api.ChildViewRecorded;
import fi.perhekeskus.plan.api.HowHeard;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;

/** What a child said, about one need or (without a need) about the plan as a whole. */
@Entity
@Table(name = "case_view_child_view")
class ChildViewRow extends CaseItem {

    private UUID childId;

    private UUID needId;

    @Column(name = "view_text")
    private String view;

    @Enumerated(EnumType.STRING)
    private HowHeard howHeard;

    private Instant recordedAt;

    private boolean wordsShownToGuardians;

    @JdbcTypeCode(SqlTypes.ARRAY)
    private Set<UUID> withheldFrom = Set.of();

    protected ChildViewRow() {
    }

    ChildViewRow(ChildViewRecorded event, long sequence, Instant recordedAt) {
        super(event.caseId(), event.viewId(), sequence);
        this.childId = event.childId();
        this.needId = event.needId();
        this.view = event.view();
        this.howHeard = event.howHeard();
        this.recordedAt = recordedAt;
        this.wordsShownToGuardians = event.wordsShownToGuardians();
    }

    void withholdFrom(Set<UUID> guardianIds) {
        withheldFrom = Set.copyOf(guardianIds);
    }

    CaseView.ChildView toView() {
        return new CaseView.ChildView(id(), childId, needId, view, howHeard, recordedAt, wordsShownToGuardians,
                withheldFrom);
    }
}
