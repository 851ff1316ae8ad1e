package fi.perhekeskus.web.cases;

import java.util.UUID;

import fi.perhekeskus.directory.Professional;
import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.web.problems.InvalidReference;
import org.springframework.stereotype.Component;

/** What a command needs from the directory: the professionals it names exist and are active. */
@Component
class Directory {

    private final ProfessionalRepository professionals;

    Directory(ProfessionalRepository professionals) {
        this.professionals = professionals;
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
