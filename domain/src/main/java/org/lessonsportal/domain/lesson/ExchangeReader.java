package org.lessonsportal.domain.lesson;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Locale;

/**
 * Reads a {@code lessons-exchange/1} document as a stream, never holding more than one lesson in memory.
 * {@link #count} checks the whole document's structure first (so a malformed file changes nothing);
 * {@link #forEachLesson} then hands the lessons over one by one. Both stop as soon as more than the size limit has
 * been read.
 */
final class ExchangeReader {

    static final String FORMAT = "lessons-exchange/1";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Receives each entry of the {@code lessons} list with its position (from 0). */
    @FunctionalInterface
    interface LessonHandler {
        void handle(int index, JsonNode lesson);
    }

    private ExchangeReader() {
    }

    /** Checks the document and counts its lessons. */
    static int count(InputStream in, long maxBytes) {
        return walk(in, maxBytes, null);
    }

    /** Hands every lesson to the handler, in file order; returns how many there were. */
    static int forEachLesson(InputStream in, long maxBytes, LessonHandler handler) {
        return walk(in, maxBytes, handler);
    }

    private static int walk(InputStream in, long maxBytes, LessonHandler handler) {
        try (JsonParser parser = JSON.createParser(new LimitedInputStream(in, maxBytes))) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw new ExchangeFileException("This file is empty. A lessons exchange file starts with "
                        + "{\"format\": \"" + FORMAT + "\", \"lessons\": [ …");
            }
            if (first != JsonToken.START_OBJECT) {
                throw new ExchangeFileException("This is not a lessons exchange file: it should start with "
                        + "{\"format\": \"" + FORMAT + "\", \"lessons\": [ …");
            }
            boolean formatSeen = false;
            boolean lessonsSeen = false;
            int count = 0;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                if ("format".equals(name)) {
                    checkFormat(parser, value);
                    formatSeen = true;
                } else if ("lessons".equals(name)) {
                    if (value != JsonToken.START_ARRAY) {
                        throw new ExchangeFileException("In this file, \"lessons\" is not a list. It must be a list "
                                + "of lessons between [ and ].");
                    }
                    lessonsSeen = true;
                    count += readLessons(parser, handler, count);
                } else {
                    parser.skipChildren();
                }
            }
            if (parser.nextToken() != null) {
                throw new ExchangeFileException("This file has something after the end of the lessons document, "
                        + "so it may be two files joined together. Check it and try again.");
            }
            if (!formatSeen) {
                throw new ExchangeFileException("This file does not say which format it is in. A lessons exchange "
                        + "file needs \"format\": \"" + FORMAT + "\".");
            }
            if (!lessonsSeen) {
                throw new ExchangeFileException("This file has no list of lessons. A lessons exchange file needs "
                        + "\"lessons\": [ … ].");
            }
            return count;
        } catch (TooLargeException e) {
            throw new ExchangeFileException("This file is larger than the " + describeSize(maxBytes)
                    + " the portal accepts. Split it into smaller files and import them one by one.", e);
        } catch (JsonProcessingException e) {
            JsonLocation where = e.getLocation();
            throw new ExchangeFileException("This is not a lessons exchange file: it is not valid JSON"
                    + (where == null || where.getLineNr() < 1 ? "" : " (the problem is on line " + where.getLineNr()
                            + ", column " + where.getColumnNr() + ")")
                    + ". Check the file was saved as JSON, or export it again.", e);
        } catch (IOException e) {
            throw new ExchangeFileException("The portal could not read this file. Try uploading it again.", e);
        }
    }

    private static int readLessons(JsonParser parser, LessonHandler handler, int offset) throws IOException {
        int count = 0;
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token == null) {
                throw new ExchangeFileException("This file ends in the middle of the list of lessons, so it may be "
                        + "incomplete. Export it again and try once more.");
            }
            if (handler == null) {
                parser.skipChildren();
            } else {
                JsonNode lesson = parser.readValueAsTree();
                handler.handle(offset + count, lesson);
            }
            count++;
        }
        return count;
    }

    private static void checkFormat(JsonParser parser, JsonToken value) throws IOException {
        if (value != JsonToken.VALUE_STRING) {
            parser.skipChildren();
            throw new ExchangeFileException("This file's \"format\" is not \"" + FORMAT + "\", so the portal cannot "
                    + "read it.");
        }
        String format = parser.getText();
        if (!FORMAT.equals(format.strip())) {
            throw new ExchangeFileException("This file says it is in the format \"" + abbreviate(format)
                    + "\", but the portal reads only \"" + FORMAT + "\".");
        }
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 60) + "…";
    }

    static String describeSize(long bytes) {
        double megabytes = bytes / (1024.0 * 1024.0);
        if (megabytes >= 1) {
            return (megabytes == Math.rint(megabytes) ? String.format(Locale.UK, "%.0f", megabytes)
                    : String.format(Locale.UK, "%.1f", megabytes)) + " MB";
        }
        return Math.max(1, Math.round(bytes / 1024.0)) + " KB";
    }

    /** Passes the stream through, writing every byte read to {@code copy} as well. */
    static InputStream copying(InputStream in, OutputStream copy) {
        return new FilterInputStream(in) {
            @Override
            public int read() throws IOException {
                int b = super.read();
                if (b >= 0) {
                    copy.write(b);
                }
                return b;
            }

            @Override
            public int read(byte[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                if (n > 0) {
                    copy.write(buffer, offset, n);
                }
                return n;
            }

            @Override
            public long skip(long n) throws IOException {
                byte[] skipped = new byte[(int) Math.max(0, Math.min(n, 8192))];
                return Math.max(0, read(skipped, 0, skipped.length));
            }
        };
    }

    /** Stops reading, with {@link TooLargeException}, once more than the limit has been read. */
    static final class LimitedInputStream extends FilterInputStream {

        private final long limit;
        private long read;

        LimitedInputStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            count(skipped);
            return skipped;
        }

        private void count(long n) throws TooLargeException {
            read += n;
            if (read > limit) {
                throw new TooLargeException();
            }
        }
    }

    /** More than the limit was read. */
    static final class TooLargeException extends IOException {
        TooLargeException() {
            super("The file is larger than the limit");
        }
    }
}
