package fi.perhekeskus.caseview;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * One case's rows held in memory: written by the case view's handlers from the events they are
 * given, read by the case view's query. A past state built here touches no table, so the live rows
 * are neither locked nor rewritten, and no one else ever sees it.
 */
final class DetachedCase implements CaseViewStore, CaseRows {

    private static final Comparator<CaseItem> IN_RECORDED_ORDER = Comparator.comparingLong(CaseItem::ordinal);

    private final UUID caseId;
    private final Map<Class<?>, Map<UUID, CaseItem>> items = new HashMap<>();
    private final List<AgreementRow> answers = new ArrayList<>();
    private CaseRow plan;

    DetachedCase(UUID caseId) {
        this.caseId = caseId;
    }

    /**
     * A copy that can be given further events while this one stays as it is. The answers are shared:
     * an answer never changes once given.
     */
    DetachedCase copy() {
        var copy = new DetachedCase(caseId);
        copy.plan = plan == null ? null : plan.copy();
        items.forEach((type, byId) -> {
            Map<UUID, CaseItem> copied = new HashMap<>();
            byId.forEach((id, item) -> copied.put(id, item.copy()));
            copy.items.put(type, copied);
        });
        copy.answers.addAll(answers);
        return copy;
    }

    @Override
    public CaseRow plan(UUID caseId) {
        return thisCase(caseId).plan;
    }

    @Override
    public <T extends CaseItem> T item(Class<T> type, UUID caseId, UUID id) {
        return type.cast(thisCase(caseId).items.getOrDefault(type, Map.of()).get(id));
    }

    @Override
    public List<AgreementRow> answersTo(UUID caseId, UUID needId) {
        return thisCase(caseId).answers.stream().filter(answer -> answer.needId().equals(needId)).toList();
    }

    @Override
    public void addPlan(CaseRow plan) {
        thisCase(plan.caseId()).plan = plan;
    }

    @Override
    public void addItem(CaseItem item) {
        thisCase(item.caseId()).items.computeIfAbsent(item.getClass(), type -> new HashMap<>()).put(item.id(), item);
    }

    @Override
    public void addAnswer(AgreementRow answer) {
        thisCase(answer.caseId()).answers.add(answer);
    }

    @Override
    public void remove(CaseItem item) {
        thisCase(item.caseId()).items.get(item.getClass()).remove(item.id());
    }

    @Override
    public void clear() {
        plan = null;
        items.clear();
        answers.clear();
    }

    @Override
    public Optional<CaseRow> plan() {
        return Optional.ofNullable(plan);
    }

    @Override
    public Optional<NetworkMemberRow> member(UUID professionalId) {
        return Optional.ofNullable(item(NetworkMemberRow.class, caseId, professionalId));
    }

    @Override
    public <T extends CaseItem> List<T> of(Class<T> type) {
        return items.getOrDefault(type, Map.of()).values().stream()
                .sorted(IN_RECORDED_ORDER)
                .map(type::cast)
                .toList();
    }

    @Override
    public List<AgreementRow> answers() {
        return List.copyOf(answers);
    }

    /** A past state is built from this case's events alone, which tell nothing of cases opened later. */
    @Override
    public List<UUID> laterCaseIds() {
        return List.of();
    }

    /** Only the one case's events are given to it; another case's would be a programming error. */
    private DetachedCase thisCase(UUID id) {
        if (!caseId.equals(id)) {
            throw new IllegalArgumentException("Case " + id + " in the detached view of case " + caseId);
        }
        return this;
    }
}
