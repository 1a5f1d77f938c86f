package hu.insurer.lifeaccess.process.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.camunda.bpm.engine.impl.ProcessInstantiationBuilderImpl;
import org.camunda.bpm.engine.impl.cmd.AssignTaskCmd;
import org.camunda.bpm.engine.impl.cmd.CompleteTaskCmd;
import org.camunda.bpm.engine.impl.cmd.SaveUserCmd;
import org.camunda.bpm.engine.impl.cmd.StartProcessInstanceCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitStartFormCmd;
import org.camunda.bpm.engine.impl.cmd.SubmitTaskFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.junit.jupiter.api.Test;

/** Every field the guard reads, on this Camunda version's command classes (so an upgrade that renames one fails here). */
class CommandFieldsTest {

    @Test
    void theGuardReadsWhatEachCommandWasAskedToDo() {
        Map<String, Object> variables = Map.of("customerId", "42");

        assertThat(CommandFields.read(new CompleteTaskCmd("t1", variables), "taskId", String.class)).isEqualTo("t1");
        assertThat(CommandFields.read(new CompleteTaskCmd("t1", variables), "variables", Map.class))
                .containsKey("customerId");
        SubmitTaskFormCmd submit = new SubmitTaskFormCmd("t2", variables, false, false);
        assertThat(CommandFields.read(submit, "taskId", String.class)).isEqualTo("t2");
        assertThat(CommandFields.read(submit, "properties", Map.class)).containsKey("customerId");
        SubmitStartFormCmd start = new SubmitStartFormCmd("pd", "bk", variables);
        assertThat(CommandFields.read(start, "processDefinitionId", String.class)).isEqualTo("pd");
        assertThat(CommandFields.read(start, "businessKey", String.class)).isEqualTo("bk");
        assertThat(CommandFields.read(start, "variables", Map.class)).containsKey("customerId");
        assertThat(CommandFields.read(new StartProcessInstanceCmd(null), "instantiationBuilder",
                ProcessInstantiationBuilderImpl.class)).isNull();
        AssignTaskCmd assign = new AssignTaskCmd("t3", "agent2");
        assertThat(CommandFields.read(assign, "taskId", String.class)).isEqualTo("t3");
        assertThat(CommandFields.read(assign, "userId", String.class)).isEqualTo("agent2");
        assertThat(CommandFields.read(new SaveUserCmd(new UserEntity("agent")), "user", Object.class)).isNotNull();
    }

    @Test
    void aFieldThatIsGoneFailsTheCommandInsteadOfLettingItThrough() {
        assertThatThrownBy(() -> CommandFields.read(new CompleteTaskCmd("t1", Map.of()), "renamed", String.class))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("renamed");
    }
}
