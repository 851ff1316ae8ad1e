package fi.perhekeskus.web.cases;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.directory.Unit;
import fi.perhekeskus.directory.UnitRepository;
import fi.perhekeskus.web.problems.InvalidReference;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;

/** What a command needs from the directory: the professionals it names exist and are active. */
@Component
class Directory {

    private final ProfessionalRepository professionals;
    private final UnitRepository units;

    Directory(ProfessionalRepository professionals, UnitRepository units) {
        this.professionals = professionals;
        this.units = units;
    }

    List<Professional> active(ProfessionalRole role) {
        return professionals.findByRoleAndActiveTrueOrderByDisplayName(role);
    }

    List<Unit> units() {
        return units.findAll(Sort.by("name"));
    }

    /** The directory's names of the professionals and units among {@code ids}, for a page to show. */
    Map<UUID, String> names(Collection<UUID> ids) {
        var names = new HashMap<UUID, String>();
        professionals.findAllById(ids).forEach(professional ->
                names.put(professional.getId(), professional.getDisplayName()));
        units.findAllById(ids).forEach(unit -> names.put(unit.getId(), unit.getName()));
        return names;
    }

    /** A professional as the directory has them now, with how to reach them; null if it no longer knows them. */
    Professional contact(UUID professionalId) {
        return professionals.findById(professionalId).orElse(null);
    }

    Professional requireActive(UUID professionalId, String field) {
        return professionals.findById(professionalId)
                .filter(Professional::isActive)
                .orElseThrow(() -> new InvalidReference(field, "No active professional with this id"));
    }

    Professional requireKeyWorker(UUID professionalId, String field) {
        var professional = requireActive(professionalId, field);
        if (professional.getRole() != ProfessionalRole.KEY_WORKER) {
            throw new InvalidReference(field, "This professional is not a key worker");
        }
        return professional;
    }
}
