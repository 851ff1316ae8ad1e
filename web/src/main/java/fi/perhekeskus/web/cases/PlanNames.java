package fi.perhekeskus.web.cases;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.UUID;

import fi.perhekeskus.caseview.CaseView;
import org.springframework.stereotype.Component;

/**
 * The names a page shows for the ids in a plan: family members as the plan names them,
 * professionals and units as the directory names them now.
 */
@Component
public class PlanNames {

    private final Directory directory;

    PlanNames(Directory directory) {
        this.directory = directory;
    }

    public Map<UUID, String> of(CaseView plan) {
        var ids = new HashSet<UUID>();
        plan.network().invitations().forEach(invitation -> ids.add(invitation.specialistId()));
        plan.consents().forEach(consent -> ids.add(consent.recipient().id()));
        plan.needs().forEach(need -> need.actions().forEach(action -> ids.add(action.responsible().id())));
        Map<UUID, String> names = new HashMap<>(directory.names(ids));
        plan.family().members().forEach(member -> names.put(member.id(), member.displayName()));
        plan.network().members().forEach(member -> names.put(member.professionalId(), member.displayName()));
        if (plan.keyWorker() != null) {
            names.put(plan.keyWorker().id(), plan.keyWorker().displayName());
        }
        return names;
    }
}
