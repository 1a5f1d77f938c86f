package hu.insurer.lifeaccess.process.guard;

import java.lang.reflect.Field;

/**
 * Reads what an engine command was asked to do from its fields (the command classes have no getters). A field that
 * is gone after a Camunda upgrade fails the command rather than letting it through; CommandFieldsTest names every
 * field read here.
 */
final class CommandFields {

    static <T> T read(Object command, String name, Class<T> type) {
        for (Class<?> declaring = command.getClass(); declaring != null; declaring = declaring.getSuperclass()) {
            try {
                Field field = declaring.getDeclaredField(name);
                field.setAccessible(true);
                return type.cast(field.get(command));
            } catch (NoSuchFieldException e) {
                // declared further up
            } catch (IllegalAccessException e) {
                throw new IllegalStateException("Cannot read " + name + " of " + command.getClass().getName(), e);
            }
        }
        throw new IllegalStateException(command.getClass().getName() + " has no field " + name
                + ": the engine guard must be adapted to this Camunda version");
    }

    private CommandFields() {
    }
}
