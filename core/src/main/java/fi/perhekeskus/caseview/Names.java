package fi.perhekeskus.caseview;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

import fi.perhekeskus.directory.DirectoryNames;
import fi.perhekeskus.directory.Professional;

/**
 * The directory's entries for the professionals one view names, read with one query. The view keeps
 * ids only, because a name changes in the directory without any event of the plan.
 */
final class Names {

    private final Map<UUID, Professional> professionals;

    private Names(Map<UUID, Professional> professionals) {
        this.professionals = professionals;
    }

    static Names of(DirectoryNames directory, Collection<UUID> ids) {
        return new Names(directory.professionals(ids));
    }

    CaseView.KeyWorker keyWorker(UUID id) {
        Professional known = professionals.get(id);
        return known == null
                ? new CaseView.KeyWorker(id, null, null)
                : new CaseView.KeyWorker(id, known.getUsername(), known.getDisplayName());
    }

    String displayName(UUID id) {
        Professional known = professionals.get(id);
        return known == null ? null : known.getDisplayName();
    }
}
