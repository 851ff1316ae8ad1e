package fi.perhekeskus.web.commands;

import java.net.URI;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What a command answers, kept as it was sent so that a repeat with the same Idempotency-Key gets
 * exactly the same answer: status, Location (for 201), the plan's new version, and the JSON body.
 */
public record CommandResponse(int status, String location, long version, String body) {

    public ResponseEntity<String> toEntity() {
        var response = ResponseEntity.status(status)
                .contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.ETAG, Versions.etag(version));
        if (location != null) {
            response.location(URI.create(location));
        }
        return response.body(body);
    }
}
