package fi.perhekeskus.audit.versions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import fi.perhekeskus.caseview.CaseView;
import fi.perhekeskus.plan.api.NeedOutcome;
import fi.perhekeskus.plan.api.NeedRaiser;
import fi.perhekeskus.plan.api.NeedStatus;

/**
 * What changed in a plan between two versions, item by item: the family's members (joined,
 * corrected, left) and its language, needs (their wording and status), each family member's answer
 * to each need, consents, network members, invitations and support actions. An item is added,
 * removed or changed, with how it was and how it became.
 */
public record PlanDiff(long from, long to, List<Change> changes) {

    public PlanDiff {
        changes = List.copyOf(changes);
    }

    public enum Kind {
        ADDED,
        REMOVED,
        CHANGED
    }

    /**
     * @param key    the item's id; for an answer to a need, the need's and the member's
     * @param before the item as the case view showed it, or a {@link NeedWording}; null when added
     * @param after  likewise; null when removed
     */
    public record Change(String section, String key, Kind kind, Object before, Object after) {
    }

    /** A need without what hangs under it: those are sections of their own. */
    public record NeedWording(String description, String professionalNote, NeedStatus status, NeedOutcome outcome,
                       Set<UUID> concernsMemberIds, NeedRaiser raisedBy) {
    }

    static PlanDiff between(long from, CaseView before, long to, CaseView after) {
        List<Change> changes = new ArrayList<>();
        compare("family", byKey(before.family().members(), member -> member.id().toString()),
                byKey(after.family().members(), member -> member.id().toString()), changes);
        compare("language", Map.of("language", before.family().language()),
                Map.of("language", after.family().language()), changes);
        compare("needs", needs(before), needs(after), changes);
        compare("agreements", agreements(before), agreements(after), changes);
        compare("consents", byKey(before.consents(), consent -> consent.id().toString()),
                byKey(after.consents(), consent -> consent.id().toString()), changes);
        compare("members", byKey(before.network().members(), member -> member.professionalId().toString()),
                byKey(after.network().members(), member -> member.professionalId().toString()), changes);
        compare("invitations", byKey(before.network().invitations(), invitation -> invitation.id().toString()),
                byKey(after.network().invitations(), invitation -> invitation.id().toString()), changes);
        compare("actions", actions(before), actions(after), changes);
        return new PlanDiff(from, to, changes);
    }

    private static Map<String, Object> needs(CaseView plan) {
        var needs = new LinkedHashMap<String, Object>();
        plan.needs().forEach(need -> needs.put(need.id().toString(), new NeedWording(need.description(),
                need.professionalNote(), need.status(), need.outcome(), need.concernsMemberIds(), need.raisedBy())));
        return needs;
    }

    private static Map<String, Object> agreements(CaseView plan) {
        var answers = new LinkedHashMap<String, Object>();
        plan.needs().forEach(need -> need.agreements().forEach(answer ->
                answers.put(need.id() + "/" + answer.memberId(), answer)));
        return answers;
    }

    private static Map<String, Object> actions(CaseView plan) {
        return byKey(plan.needs().stream().flatMap(need -> need.actions().stream()).toList(),
                action -> action.id().toString());
    }

    private static <T> Map<String, Object> byKey(List<T> items, Function<T, String> key) {
        var keyed = new LinkedHashMap<String, Object>();
        items.forEach(item -> keyed.put(key.apply(item), item));
        return keyed;
    }

    private static void compare(String section, Map<String, Object> before, Map<String, Object> after,
                                List<Change> changes) {
        Stream.concat(before.keySet().stream(), after.keySet().stream()).distinct().forEach(key -> {
            Object was = before.get(key);
            Object is = after.get(key);
            if (was == null) {
                changes.add(new Change(section, key, Kind.ADDED, null, is));
            } else if (is == null) {
                changes.add(new Change(section, key, Kind.REMOVED, was, null));
            } else if (!Objects.equals(was, is)) {
                changes.add(new Change(section, key, Kind.CHANGED, was, is));
            }
        });
    }
}
