package hu.insurer.lifeaccess.process;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The length limits of submitted text: each text field's {@code maxLength} as its Camunda Form states it (Tasklist
 * enforces it only in the browser), and for any text value the engine's own column for text variables
 * ({@value #ENGINE_TEXT_COLUMN} characters), so that a too long value is refused in Hungarian before the database
 * would fail on it.
 */
@Component
class FormFieldLimits {

    /** ACT_RU_VARIABLE.TEXT_ is VARCHAR(4000) on H2 and PostgreSQL. */
    static final int ENGINE_TEXT_COLUMN = 4000;

    record Limit(String label, int maxLength) {
    }

    private final Map<String, Map<String, Limit>> byForm;

    FormFieldLimits() {
        this(readForms("classpath*:forms/**/*.form"));
    }

    FormFieldLimits(Map<String, Map<String, Limit>> byForm) {
        this.byForm = byForm;
    }

    /** Refuses the submission of the task {@code execution} is ending when a text value is longer than allowed. */
    void check(DelegateExecution execution) {
        Map<String, Limit> fields = byForm.getOrDefault(formOf(execution.getBpmnModelElementInstance()), Map.of());
        fields.forEach((key, limit) -> {
            Object value = execution.getVariable(key);
            if (value instanceof String text && text.length() > limit.maxLength()) {
                throw new FormSubmissionException(
                        "„" + limit.label() + "”: legfeljebb " + limit.maxLength() + " karakter adható meg.");
            }
        });
        for (String name : execution.getVariableNames()) {
            TypedValue value = execution.getVariableTyped(name, false);
            if (value != null && value.getValue() instanceof String text && text.length() > ENGINE_TEXT_COLUMN) {
                throw new FormSubmissionException(
                        "Egy beküldött érték túl hosszú: egy mezőbe legfeljebb " + ENGINE_TEXT_COLUMN + " karakter adható meg.");
            }
        }
    }

    private static String formOf(FlowElement element) {
        return element instanceof UserTask task ? task.getCamundaFormRef() : null;
    }

    private static Map<String, Map<String, Limit>> readForms(String pattern) {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, Limit>> forms = new HashMap<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    JsonNode form = json.readTree(in);
                    Map<String, Limit> limits = new LinkedHashMap<>();
                    collect(form, limits);
                    forms.put(form.path("id").asText(), limits);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the Camunda Forms", e);
        }
        return forms;
    }

    private static void collect(JsonNode container, Map<String, Limit> limits) {
        for (JsonNode component : container.path("components")) {
            int maxLength = component.path("validate").path("maxLength").asInt(0);
            if (maxLength > 0 && component.hasNonNull("key")) {
                limits.put(component.get("key").asText(),
                        new Limit(component.path("label").asText(component.get("key").asText()), maxLength));
            }
            collect(component, limits);
        }
    }
}
