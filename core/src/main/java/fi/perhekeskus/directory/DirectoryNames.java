package fi.perhekeskus.directory;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's entries for the ids a view keeps, one query per kind: views keep ids only, since a
 * name changes in the directory without any event of the plan. Other packages read the directory
 * through this, never its tables.
 */
@Component
@Transactional(readOnly = true)
public class DirectoryNames {

    private final ProfessionalRepository professionals;
    private final UnitRepository units;

    DirectoryNames(ProfessionalRepository professionals, UnitRepository units) {
        this.professionals = professionals;
        this.units = units;
    }

    /** The professionals of the directory among {@code ids}, by id; an unknown id is left out. */
    public Map<UUID, Professional> professionals(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return professionals.findAllById(ids).stream()
                .collect(Collectors.toMap(Professional::getId, Function.identity()));
    }

    /**
     * The names of the professionals and units among {@code ids} (a consent's recipient is either),
     * by id; an unknown id is left out.
     */
    public Map<UUID, String> named(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        var names = new HashMap<UUID, String>();
        professionals.findAllById(ids).forEach(professional ->
                names.put(professional.getId(), professional.getDisplayName()));
        units.findAllById(ids).forEach(unit -> names.put(unit.getId(), unit.getName()));
        return names;
    }
}
