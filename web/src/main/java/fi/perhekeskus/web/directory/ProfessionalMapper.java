package fi.perhekeskus.web.directory;

import fi.perhekeskus.directory.Professional;
import org.mapstruct.Mapper;

@Mapper
interface ProfessionalMapper {

    ProfessionalResponse toResponse(Professional professional);
}
