package uz.yagona.appeals.web;

import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.server.ResponseStatusException;
import uz.yagona.appeals.Appeals;

/** A file of an appeal as a download, typed as its bytes were sniffed, never shown inline; 404 when not one's own. */
final class Downloads {

    private Downloads() {
    }

    static ResponseEntity<byte[]> of(Optional<Appeals.Download> download) {
        var file = download.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND,
                "appeals.number.unknown"));
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.attachment().mediaType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.attachment().filename(), StandardCharsets.UTF_8).build().toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(file.content());
    }
}
