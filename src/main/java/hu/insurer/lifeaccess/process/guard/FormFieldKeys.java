package hu.insurer.lifeaccess.process.guard;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The variables a Camunda Form submits: the keys of its input components, at any depth. Tasklist submits exactly
 * these (form-js's submit data); display components (text, table, image, …) have no key. A group or dynamic list
 * with a {@code path} submits its fields nested under the path's first segment, and a dotted key under its first
 * segment.
 */
final class FormFieldKeys {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Components with a key that submit nothing (form-js buttons of older schemas carry one). */
    private static final Set<String> KEYED_BUT_NOT_SUBMITTED = Set.of("button");

    static Set<String> of(InputStream form) {
        try {
            Set<String> keys = new TreeSet<>();
            collect(JSON.readTree(form).path("components"), keys);
            return Collections.unmodifiableSet(keys);
        } catch (IOException e) {
            throw new UncheckedIOException("Unreadable Camunda Form", e);
        }
    }

    private static void collect(JsonNode components, Set<String> keys) {
        for (JsonNode component : components) {
            String path = component.path("path").asText("");
            if (!path.isBlank()) {
                keys.add(firstSegment(path));
                continue;
            }
            String key = component.path("key").asText("");
            if (!key.isBlank() && !KEYED_BUT_NOT_SUBMITTED.contains(component.path("type").asText())) {
                keys.add(firstSegment(key));
            }
            collect(component.path("components"), keys);
        }
    }

    private static String firstSegment(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private FormFieldKeys() {
    }
}
