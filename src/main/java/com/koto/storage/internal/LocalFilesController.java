package com.koto.storage.internal;

import com.koto.platform.Problems;
import com.koto.storage.ObjectStore;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Serves the local store's signed URLs: 200 with the object, 403 problem when tampered or expired. */
@RestController
class LocalFilesController {

    private final ObjectStore store;

    LocalFilesController(ObjectStore store) {
        this.store = store;
    }

    @GetMapping(LocalObjectStore.PATH_PREFIX + "{bucket}/**")
    ResponseEntity<?> download(@PathVariable String bucket, @RequestParam(defaultValue = "0") long expires,
            @RequestParam(required = false) String sig, HttpServletRequest request) {
        if (!(store instanceof LocalObjectStore local)) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                    .body(Problems.of(HttpStatus.NOT_FOUND, "not-found", "Not found",
                            "Files are served by the S3 store's own URLs."));
        }
        String prefix = LocalObjectStore.PATH_PREFIX + bucket + "/";
        String key = request.getRequestURI().substring(request.getContextPath().length() + prefix.length());
        return local.download(bucket, key, expires, sig)
                .<ResponseEntity<?>>map(o -> ResponseEntity.ok().contentType(MediaType.parseMediaType(o.contentType()))
                        .cacheControl(CacheControl.noStore()).body(o.data()))
                .orElseGet(() -> ResponseEntity.status(HttpStatus.FORBIDDEN).contentType(MediaType.APPLICATION_PROBLEM_JSON)
                        .body(Problems.of(HttpStatus.FORBIDDEN, "url-invalid", "Download refused",
                                "This download link is invalid or has expired; ask the API for a new one.")));
    }
}
