package org.lessonsportal.portal.admin.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.streams.UploadEvent;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives an uploaded file into a temporary file, counting the bytes as they arrive and stopping as soon as there
 * are more than the limit. {@code Upload#setMaxFileSize} is checked only in the browser, which anyone can get round,
 * and an in-memory upload would hold the whole file in memory first. The page is told on its own UI thread: the file
 * (which then belongs to it, to delete when done) or that it was too large (nothing is kept).
 */
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
final class LimitedUpload implements UploadHandler {

    private static final Logger log = LoggerFactory.getLogger(LimitedUpload.class);

    /** What the page does with a file that was received in full. */
    interface Received {
        void received(String fileName, Path file);
    }

    private final long maxBytes;
    private final Received received;
    private final Runnable tooLarge;

    @Override
    public void handleUploadRequest(UploadEvent event) throws IOException {
        try (InputStream in = event.getInputStream()) {
            receive(event.getFileName(), in, event.getUI());
        }
    }

    /** Reads the stream into a temporary file, or stops past the limit, then tells the page. */
    void receive(String fileName, InputStream in, UI ui) throws IOException {
        Path file = Files.createTempFile("lessons-upload-", ".tmp");
        boolean complete = false;
        try {
            complete = copyAtMost(in, file);
        } finally {
            if (!complete) {
                delete(file);
            }
        }
        if (complete) {
            ui.access(() -> received.received(fileName, file));
        } else {
            log.info("An upload of {} was stopped: larger than {} bytes", fileName, maxBytes);
            ui.access(tooLarge::run);
        }
    }

    /** Copies the stream; {@code false} as soon as it has more than {@code maxBytes} (the rest is not read). */
    private boolean copyAtMost(InputStream in, Path file) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] buffer = new byte[64 * 1024];
            long copied = 0;
            int read;
            while ((read = in.read(buffer)) != -1) {
                copied += read;
                if (copied > maxBytes) {
                    return false;
                }
                out.write(buffer, 0, read);
            }
            return true;
        }
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete the temporary upload {}", file, e);
        }
    }
}
