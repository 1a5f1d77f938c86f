package hu.insurer.lifeaccess.process;

import java.util.Objects;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * A case variable with its type: the name is {@link ProcessConstants.Variable}'s, the declarations are
 * {@link CaseVariables}'.
 */
public final class ProcessVariable<T> {

    private final String name;
    private final Class<T> type;

    private ProcessVariable(String name, Class<T> type) {
        this.name = Objects.requireNonNull(name, "name");
        this.type = Objects.requireNonNull(type, "type");
    }

    static <T> ProcessVariable<T> of(String name, Class<T> type) {
        return new ProcessVariable<>(name, type);
    }

    public String name() {
        return name;
    }

    /**
     * The value the application set, {@code null} when there is none.
     *
     * @throws IllegalStateException when the value is of another type
     */
    public T get(VariableScope scope) {
        Object value = scope.getVariable(name);
        if (value != null && !type.isInstance(value)) {
            throw new IllegalStateException("The variable " + name + " holds a " + value.getClass().getSimpleName()
                    + ", not a " + type.getSimpleName());
        }
        return type.cast(value);
    }

    /** What a form submission holds: empty when the field is missing or of another type (clients send anything). */
    public Optional<T> submitted(VariableScope scope) {
        Object value = scope.getVariable(name);
        return type.isInstance(value) ? Optional.of(type.cast(value)) : Optional.empty();
    }

    public void set(VariableScope scope, T value) {
        scope.setVariable(name, value);
    }

    /** Sets it on a running process instance from outside the process (a portal request, a provider's report). */
    public void set(RuntimeService runtime, String processInstanceId, T value) {
        runtime.setVariable(processInstanceId, name, value);
    }

    public void remove(VariableScope scope) {
        scope.removeVariable(name);
    }

    @Override
    public String toString() {
        return name + ": " + type.getSimpleName();
    }
}
