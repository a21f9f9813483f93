package org.lessonsportal.domain.lesson;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/** Writes and reads the JSON snapshot a submission round keeps of the content. */
final class LessonSnapshots {

    private static final ObjectMapper JSON = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private LessonSnapshots() {
    }

    static String write(LessonContent content) {
        try {
            return JSON.writeValueAsString(content);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Could not keep a copy of the lesson's content", e);
        }
    }

    static LessonContent read(String json) {
        try {
            return JSON.readValue(json, LessonContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored copy of a lesson's content could not be read", e);
        }
    }
}
