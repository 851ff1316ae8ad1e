package fi.perhekeskus.web.directory;

import java.util.Locale;
import java.util.UUID;

import fi.perhekeskus.directory.ProfessionalRepository;
import fi.perhekeskus.directory.ProfessionalRole;
import fi.perhekeskus.web.PageResponse;
import fi.perhekeskus.web.input.StorableText;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/professionals")
class ProfessionalController {

    private final ProfessionalRepository professionals;
    private final ProfessionalMapper mapper;

    ProfessionalController(ProfessionalRepository professionals, ProfessionalMapper mapper) {
        this.professionals = professionals;
        this.mapper = mapper;
    }

    /** Any signed-in professional may look people up; {@code q} matches username or name. */
    @GetMapping
    @Transactional(readOnly = true)
    PageResponse<ProfessionalResponse> search(@RequestParam(required = false) @StorableText(max = 100) String q,
                                              @RequestParam(required = false) ProfessionalRole role,
                                              @RequestParam(required = false) UUID unitId,
                                              @RequestParam(defaultValue = "0") @Min(0) @Max(PageResponse.LAST_PAGE) int page,
                                              @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        String pattern = q == null || q.isBlank() ? null : "%" + escapeLike(q.strip().toLowerCase(Locale.ROOT)) + "%";
        var found = professionals.search(pattern, role, unitId,
                PageRequest.of(page, size, Sort.by("displayName", "id")));
        return PageResponse.of(found, mapper::toResponse);
    }

    private static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
