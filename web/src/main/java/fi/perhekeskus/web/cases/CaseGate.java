package fi.perhekeskus.web.cases;

import java.util.Set;
import java.util.UUID;

import fi.perhekeskus.access.Basis;
import fi.perhekeskus.access.CaseAccessQuery;
import fi.perhekeskus.web.problems.ActionNotAllowed;
import fi.perhekeskus.web.problems.CaseNotVisible;
import fi.perhekeskus.web.signin.SignedInProfessional;
import org.springframework.stereotype.Component;

/**
 * The door to a case: someone with no business with it learns nothing, not even that it exists
 * (404); someone who may see it but not do this gets 403.
 */
@Component
class CaseGate {

    private final CaseAccessQuery access;

    CaseGate(CaseAccessQuery access) {
        this.access = access;
    }

    Basis authorize(UUID caseId, SignedInProfessional me, Set<Basis> allowed) {
        Basis basis = access.basis(caseId, me.professionalId(), me.role(), me.unitId())
                .orElseThrow(CaseNotVisible::new);
        if (!allowed.contains(basis)) {
            throw new ActionNotAllowed("Your role in this case (" + basis + ") may not do this.");
        }
        return basis;
    }
}
